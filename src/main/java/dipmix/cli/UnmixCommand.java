package dipmix.cli;

import dipmix.jobs.unmix.UnmixOutcome;
import dipmix.jobs.unmix.UnmixPipeline;
import dipmix.jobs.unmix.UnmixRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dipmix unmix <in> -o out.tif --method ...}: abundance GeoTIFF plus endmember CSV, report, styles,
 * plots and STAC item beside it. With --reference the last line on stdout is the metrics JSON.
 */
@Command(name = "unmix", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Unmix a hyperspectral raster into per-material abundance maps.")
final class UnmixCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<in>", description = "Input raster (anything GDAL opens).")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out.tif>", description = "Abundance GeoTIFF to write.")
    private Path output;

    @Mixin
    private UnmixOptions options;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        UnmixRequest request = options.toRequest(input, output);
        UnmixOutcome outcome;
        try (ProgressMonitor monitor = new ProgressMonitor(System.err, quiet)) {
            outcome = UnmixPipeline.run(request, monitor);
        }
        var out = spec.commandLine().getOut();
        java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("abundances", outcome.files().get("abundances").toString());
        summary.put("report", outcome.files().get("report").toString());
        summary.put("r", outcome.report().get("r"));
        summary.put("materials", outcome.report().get("materials"));
        summary.put("reconstructionError", outcome.report().get("reconstructionError"));
        out.println(Json.writeCompact(summary));
        if (outcome.metrics() != null) out.println(Json.writeCompact(outcome.metrics().toMap()));
        out.flush();
        return 0;
    }
}
