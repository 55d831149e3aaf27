package dipmix.jobs.unmix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dipmix.raster.AbundanceWriter;
import dipmix.raster.AtomicOutput;
import dipmix.raster.RasterInspector;
import dipmix.style.StacAsset;
import dipmix.style.StacItemWriter;
import dipmix.unmix.Endmembers;
import dipmix.unmix.Monitor;
import dipmix.unmix.metrics.MetricsReport;
import dipmix.unmix.metrics.SpectralErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unmixing run, file to files. Either every output is written (the report last, so its presence marks a
 * complete run) or, on any failure or cancellation, every file this run wrote is removed again.
 */
public final class UnmixPipeline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UnmixPipeline() {
    }

    public static UnmixOutcome run(UnmixRequest request, Monitor monitor) {
        request.validate();
        OutputPaths paths = new OutputPaths(request.output());
        OutputWriter writer = new OutputWriter(paths);
        prepareOutputFolder(paths.abundances());
        try {
            // a stale report would mark a half-replaced output set as complete
            Files.deleteIfExists(paths.report());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + paths.report() + ": " + e.getMessage(), e);
        }
        try {
            return runChecked(request, monitor, paths, writer);
        } catch (RuntimeException | Error e) {
            removeAll(writer.written().values());
            throw e;
        }
    }

    private static UnmixOutcome runChecked(UnmixRequest request, Monitor monitor, OutputPaths paths, OutputWriter writer) {
        long start = System.nanoTime();
        UnmixReport report = new UnmixReport(request, softwareVersion());
        monitor.stage("reading " + request.input().getFileName());
        // BUDDIP's guidance endmembers from a file play the part of a library: fixed start, no extraction
        Path libraryFile = request.library() != null ? request.library()
                : request.method() == Method.BUDDIP ? request.guidanceEndmembers() : null;
        Endmembers library = null;
        if (libraryFile != null) {
            var meta = RasterInspector.metadata(request.input()).requireSpectral();
            library = LibraryEndmembers.load(libraryFile, meta.bands(), meta.spectral().wavelengthsNm(),
                    meta.spectral().goodBandIndices());
        }
        PreparedScene scene = ScenePreparation.prepare(request, library == null ? null : library.matrix());
        if (library != null) library = new Endmembers(library.matrix().mul(scene.scale().factor()), library.names());
        report.scene(scene);
        long t1 = System.nanoTime();
        report.timing("readSeconds", (t1 - start) / 1e9);

        EndmemberChoice choice = EndmemberSelection.choose(request, library, scene.matrix(), monitor);
        long t2 = System.nanoTime();
        report.timing("endmemberSeconds", (t2 - t1) / 1e9);
        monitor.checkCancelled();

        Solution solution = MethodRunner.of(request.method()).solve(scene, choice, request, monitor);
        long t3 = System.nanoTime();
        report.timing("methodSeconds", (t3 - t2) / 1e9);
        report.endmembers(choice, solution);
        report.diagnostics(solution.diagnostics());
        monitor.checkCancelled();

        report.put("reconstructionError", SpectralErrors.reconstructionError(scene.matrix().y(),
                solution.endmembers().matrix(), solution.abundances()));
        MetricsReport scored = null;
        if (request.reference() != null || request.referenceEndmembers() != null) {
            scored = ReferenceScoring.score(scene, solution, request);
            report.put("metrics", scored.toMap());
            if (solution.guidance() != null) {
                report.put("guidanceMetrics", ReferenceScoring.score(scene, solution.guidance(), request).toMap());
            }
        }

        monitor.stage("writing " + paths.abundances().getFileName());
        writer.writeAll(scene, solution, request, provenance(request, solution));
        writeStac(paths, writer, request, report);
        Map<String, Path> files = new LinkedHashMap<>(writer.written());
        files.put("report", paths.report());
        report.files(files);
        report.timing("writeSeconds", (System.nanoTime() - t3) / 1e9);
        report.timing("totalSeconds", (System.nanoTime() - start) / 1e9);
        Map<String, Object> content = report.build();
        writeJsonAtomically(paths.report(), content);
        return new UnmixOutcome(content, files, scored);
    }

    /** Creates the output folder when missing and fails before any work when it cannot be written. */
    private static void prepareOutputFolder(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot create output folder " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) throw new IllegalArgumentException("output folder is not writable: " + dir);
    }

    private static Map<String, String> provenance(UnmixRequest request, Solution solution) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(AbundanceWriter.METHOD_KEY, request.method().id());
        try {
            meta.put(AbundanceWriter.PARAMETERS_KEY, new ObjectMapper().writeValueAsString(UnmixReport.parameters(request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        meta.put(AbundanceWriter.SEED_KEY, Long.toString(request.seed()));
        meta.put("dipmix_materials", String.join(",", solution.endmembers().names()));
        return meta;
    }

    private static void writeStac(OutputPaths paths, OutputWriter writer, UnmixRequest request, UnmixReport report) {
        Map<String, Path> w = writer.written();
        List<StacAsset> assets = new ArrayList<>();
        assets.add(StacAsset.csv("endmembers", w.get("endmembers"), "endmember spectra"));
        assets.add(StacAsset.qml("style", w.get("style")));
        assets.add(StacAsset.sld("sld", w.get("sld")));
        assets.add(StacAsset.png("plot", w.get("plot"), "endmember spectra"));
        assets.add(StacAsset.png("quicklook", w.get("quicklook"), "abundance quicklook"));
        if (w.containsKey("loss")) assets.add(StacAsset.png("loss", w.get("loss"), "training loss"));
        assets.add(StacAsset.jsonReport("report", paths.report()));
        String id = paths.abundances().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            w.put("stac", paths.stac());
            StacItemWriter.write(paths.stac(), id, Instant.now(), paths.abundances(), assets,
                    Map.of("dipmix:method", request.method().id(), "dipmix:seed", request.seed()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + paths.stac() + ": " + e.getMessage(), e);
        }
    }

    private static void writeJsonAtomically(Path target, Object content) {
        AtomicOutput.write(target, List.of(), tmp -> JSON.writeValue(tmp.toFile(), content));
    }

    private static void removeAll(Iterable<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + ".aux.xml"));
            } catch (IOException ignored) {
                // best effort: the failure that got us here is what the user needs to see
            }
        }
    }

    private static String softwareVersion() {
        String v = UnmixPipeline.class.getPackage().getImplementationVersion();
        return "dipmix " + (v == null ? "dev" : v);
    }
}
