package dipmix.jobs.processes;

import dipmix.jobs.InputDescription;
import dipmix.jobs.JobContext;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.OutputFile;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.ProcessRunner;
import dipmix.jobs.Schemas;
import dipmix.jobs.unmix.Method;
import dipmix.jobs.unmix.UnmixOutcome;
import dipmix.jobs.unmix.UnmixPipeline;
import dipmix.jobs.unmix.UnmixRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code unmix} process: the CLI's unmix over HTTP. Input ids mirror the CLI flags; output ids
 * (abundances, endmembers, report, style, plot, stac, ...) are a contract with outside clients.
 */
public final class UnmixProcess {
    static final String GEOTIFF = "image/tiff; application=geotiff";
    /** Output id, the pipeline's file key, media type. */
    private static final String[][] OUTPUTS = {
        {"abundances", "abundances", GEOTIFF, "Abundance GeoTIFF, one band per material"},
        {"endmembers", "endmembers", "text/csv", "Endmember spectra (wavelength_nm, one column per material)"},
        {"report", "report", "application/json", "Run report: inputs, parameters, timings, metrics"},
        {"style", "style", "application/xml", "QGIS style (QML) of the abundance GeoTIFF"},
        {"sld", "sld", "application/vnd.ogc.sld+xml", "SLD 1.0 style of the abundance GeoTIFF"},
        {"plot", "plot", "image/png", "Endmember spectra plot"},
        {"quicklook", "quicklook", "image/png", "Abundance quicklook mosaic"},
        {"loss", "loss", "image/png", "Training loss curve (iterative methods)"},
        {"stac", "stac", "application/geo+json", "STAC Item of the outputs"},
        {"residual", "residual", GEOTIFF, "Per-pixel reconstruction RMSE (when residual=true)"},
        {"classes", "classes", GEOTIFF, "Dominant material classes (when classes=true)"},
    };

    private UnmixProcess() {
    }

    public static ProcessDefinition definition() {
        List<InputDescription> in = List.of(
                InputDescription.required("input", "Scene", "Hyperspectral raster: a path relative to the server's data"
                        + " directory, an http(s) URL, or an href returned by POST /uploads", Schemas.file("image/tiff")).byReference(),
                InputDescription.optional("method", "Method", "Unmixing method",
                        Schemas.stringEnum(Arrays.stream(Method.values()).map(Method::id).toArray(String[]::new)).put("default", "fclsu")),
                InputDescription.optional("endmembers", "Number of endmembers", "Absent: estimated by HySime (or taken from library)",
                        Schemas.integer(1, 100)),
                InputDescription.optional("library", "Endmember library", "CSV text (wavelength_nm, then one column per"
                        + " material), a JSON table {\"wavelength_nm\": [...], \"<material>\": [...]}, or an href",
                        Schemas.types("string", "object")).byReference(),
                InputDescription.optional("extractor", "Extractor", "Endmember extractor", Schemas.stringEnum("sivm", "vca", "nfindr").put("default", "sivm")),
                InputDescription.optional("iterations", "Iterations", "Iterations of nmf, undip, buddip", Schemas.integer(1, 1_000_000)),
                InputDescription.optional("preset", "UnDIP preset", "Network preset", Schemas.stringEnum("paper", "deep", "fast")),
                InputDescription.optional("seed", "Seed", "Seed for every random choice", Schemas.integer(Long.MIN_VALUE, Long.MAX_VALUE).put("default", 1)),
                InputDescription.optional("lr", "Learning rate", "DIP methods' learning rate", Schemas.number(1e-9, 0.999)),
                InputDescription.optional("optimizer", "Optimiser", "DIP methods' optimiser", Schemas.stringEnum("adam", "nadam", "rmsprop")),
                InputDescription.optional("init", "UnDIP input", "UnDIP network input", Schemas.stringEnum("random", "fclsu", "nmf")),
                InputDescription.optional("stopAtNoise", "UnDIP stop at the noise level",
                        "Stop before the network fits the noise: once the averaged abundances' residual is halfway between"
                                + " FCLSU's fit and the noise level read off it", Schemas.bool()),
                InputDescription.optional("guidance", "BUDDIP guidance", "BUDDIP guidance", Schemas.stringEnum("sivm", "vca", "nmf")),
                InputDescription.optional("alpha", "BUDDIP weights", "Three loss weights \"A1,A2,A3\" (default \"0.5,0.01,1\")", Schemas.string()),
                InputDescription.optional("scale", "Reflectance scale", "auto, none, or the value standing for reflectance 1",
                        Schemas.string().put("default", "auto")),
                InputDescription.optional("addNoiseSnr", "Added noise (dB)", "Add seeded white noise at this SNR", Schemas.number(-100, 200)),
                InputDescription.optional("residual", "Residual raster", "Also write the per-pixel reconstruction RMSE", Schemas.bool()),
                InputDescription.optional("classes", "Class raster", "Also write the dominant-material classes", Schemas.bool()),
                InputDescription.optional("cog", "Cloud Optimized GeoTIFF", "Write the abundances as COG", Schemas.bool()));
        List<OutputDescription> out = Arrays.stream(OUTPUTS)
                .map(o -> new OutputDescription(o[0], o[0], o[3], Schemas.file(o[2]))).toList();
        return new ProcessDefinition("unmix", "Unmix a hyperspectral scene",
                "Per-pixel material abundances (FCLSU, NNLS, UCLS, NMF, UnDIP, BUDDIP) with endmembers, styles and plots",
                "1.0.0", EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS), in, out);
    }

    public static ProcessRunner runner() {
        return UnmixProcess::run;
    }

    private static Map<String, Object> run(JobContext ctx, Map<String, Object> in) throws Exception {
        Path input = JobInputs.raster(ctx, in.get("input"));
        Path outDir = Files.createDirectories(ctx.workDir().resolve("out"));
        String base = input.getFileName().toString().replaceAll("\\.[^.]*$", "");
        UnmixRequest request = new UnmixRequest().input(input).output(outDir.resolve(base + ".tif"))
                .method(Method.parse((String) in.get("method")))
                .extractor((String) in.get("extractor"))
                .endmemberCount(in.get("endmembers") == null ? null : ((Long) in.get("endmembers")).intValue())
                .seed((Long) in.get("seed"))
                .iterations(in.get("iterations") == null ? null : ((Long) in.get("iterations")).intValue())
                .preset((String) in.get("preset"))
                .learningRate((Double) in.get("lr"))
                .optimizer((String) in.get("optimizer"))
                .init((String) in.get("init"))
                .stopAtNoise(Boolean.TRUE.equals(in.get("stopAtNoise")))
                .guidance((String) in.get("guidance"))
                .alphas(in.get("alpha") == null ? null : parseAlphas((String) in.get("alpha")))
                .scale((String) in.get("scale"))
                .addNoiseSnr((Double) in.get("addNoiseSnr"))
                .residual(Boolean.TRUE.equals(in.get("residual")))
                .classes(Boolean.TRUE.equals(in.get("classes")))
                .cog(Boolean.TRUE.equals(in.get("cog")));
        if (in.get("library") != null) request.library(JobInputs.library(ctx, in.get("library")));
        UnmixOutcome outcome = UnmixPipeline.run(request.validate(), ctx.monitor());
        Map<String, Object> results = new LinkedHashMap<>();
        for (String[] o : OUTPUTS) {
            Path file = outcome.files().get(o[1]);
            if (file != null) results.put(o[0], new OutputFile(ctx.workDir().relativize(file).toString(), o[2]));
        }
        return results;
    }

    static double[] parseAlphas(String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("input 'alpha' must be three numbers \"A1,A2,A3\", got '" + text + "'");
        }
    }
}
