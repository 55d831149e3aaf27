package dipmix.jobs.unmix;

import dipmix.cube.HyperCube;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Assembles the run report: inputs, method and parameters, seed, r, timings, diagnostics, metrics, files. */
final class UnmixReport {
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> timings = new LinkedHashMap<>();
    private final UnmixRequest request;

    UnmixReport(UnmixRequest request, String software) {
        this.request = request;
        root.put("software", software);
        root.put("created", Instant.now().toString());
        root.put("input", request.input().toString());
        root.put("output", request.output().toString());
        root.put("method", request.method().id());
        root.put("parameters", parameters(request));
        root.put("seed", request.seed());
    }

    void scene(PreparedScene prepared) {
        HyperCube cube = prepared.cube();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("width", cube.width());
        s.put("height", cube.height());
        s.put("bands", cube.bands());
        s.put("usableBands", prepared.matrix().bands());
        s.put("badBands", Arrays.stream(cube.spectral().badBandIndices()).map(b -> b + 1).toArray());
        s.put("validPixels", prepared.matrix().pixels());
        s.put("hasWavelengths", cube.spectral().wavelengthsNm() != null);
        root.put("scene", s);
        root.put("scale", Map.of("factor", prepared.scale().factor(), "note", prepared.scale().reason()));
        if (prepared.noiseSigma() != null) {
            root.put("addedNoise", Map.of("snrDb", request.addNoiseSnr(), "sigma", prepared.noiseSigma()));
        }
    }

    void endmembers(EndmemberChoice choice, Solution solution) {
        root.put("endmemberSource", choice.source());
        root.put("r", solution.endmembers().count());
        root.put("materials", solution.endmembers().names());
        if (choice.pixels() != null) root.put("extractedPixelColumns", choice.pixels());
        if (choice.hysime() != null) {
            root.put("hysime", Map.of("r", choice.hysime().r(), "eigenvalues", choice.hysime().eigenvalues()));
        }
    }

    void diagnostics(Map<String, Object> d) {
        root.putAll(d);
    }

    void timing(String stage, double seconds) {
        timings.put(stage, Math.round(seconds * 1000) / 1000.0);
    }

    void put(String key, Object value) {
        root.put(key, value);
    }

    void files(Map<String, Path> files) {
        Map<String, String> names = new LinkedHashMap<>();
        files.forEach((k, p) -> names.put(k, p.getFileName().toString()));
        root.put("outputs", names);
    }

    Map<String, Object> build() {
        root.put("timings", timings);
        return root;
    }

    /** The options the user set, by their CLI names without dashes, for provenance. */
    static Map<String, Object> parameters(UnmixRequest r) {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "extractor", r.extractor());
        put(p, "endmembers", r.endmemberCount());
        put(p, "library", r.library());
        put(p, "addNoiseSnr", r.addNoiseSnr());
        put(p, "scale", r.scale());
        put(p, "iterations", r.iterations());
        put(p, "preset", r.preset());
        put(p, "lr", r.learningRate());
        put(p, "optimizer", r.optimizer());
        put(p, "init", r.init());
        if (r.stopAtNoise()) put(p, "stopAtNoise", true);
        put(p, "guidance", r.guidance());
        put(p, "alpha", r.alphas());
        put(p, "guidanceEndmembers", r.guidanceEndmembers());
        put(p, "guidanceAbundances", r.guidanceAbundances());
        put(p, "reference", r.reference());
        put(p, "referenceEndmembers", r.referenceEndmembers());
        if (r.cog()) p.put("cog", true);
        if (r.residual()) p.put("residual", true);
        if (r.classes()) p.put("classes", true);
        return p;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) m.put(k, v instanceof Path path ? path.toString() : v);
    }
}
