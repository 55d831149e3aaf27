package dipmix.cli;

import dipmix.jobs.batch.BatchRun;
import dipmix.jobs.batch.SceneList;
import dipmix.jobs.batch.SceneOutcome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dipmix batch <dir|glob|list.txt> -o OUTDIR ...}: unmixes many scenes with the unmix options; complete
 * outputs are skipped (resumable), a failing scene is reported and the rest go on; exit 1 when any failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Unmix every scene of a folder, a glob or a list file into OUTDIR/<scene>.tif (+ side files).")
final class BatchCommand implements Callable<Integer> {
    static final int SOME_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir|glob|list.txt>", description = "A folder, a quoted glob such as 'scenes/*.tif', or a text file listing one scene per line.")
    private String source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Folder for the outputs.")
    private Path outDir;

    @Option(names = "--jobs", defaultValue = "1", description = "Scenes processed at once (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = "--force", description = "Redo scenes whose outputs are already complete.")
    private boolean force;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private UnmixOptions options;

    @Override
    public Integer call() throws Exception {
        List<Path> scenes = SceneList.resolve(source);
        options.toRequest(scenes.get(0), outDir.resolve("check.tif")); // fail fast on bad options, before any scene
        Files.createDirectories(outDir);
        BatchRun batch = new BatchRun(scene -> options.toRequest(scene, outDir.resolve(SceneList.baseName(scene) + ".tif")),
                force, jobs);
        List<SceneOutcome> outcomes;
        try (ProgressBar bar = quiet ? null : new ProgressBarBuilder().setTaskName("scenes").setInitialMax(scenes.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            outcomes = batch.run(scenes, o -> {
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(o.scene().getFileName() + " " + o.status().name().toLowerCase(Locale.ROOT));
                }
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(outcomes));
        out.flush();
        writeSummary(outcomes);
        return outcomes.stream().anyMatch(o -> o.status() == SceneOutcome.Status.FAILED) ? SOME_FAILED : 0;
    }

    private static String table(List<SceneOutcome> outcomes) {
        int w = Math.max(5, outcomes.stream().mapToInt(o -> o.scene().toString().length()).max().orElse(5));
        StringBuilder sb = new StringBuilder();
        String row = "%-" + w + "s  %-7s  %8s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "scene", "status", "seconds", "output / error"));
        for (SceneOutcome o : outcomes) {
            String detail = o.status() == SceneOutcome.Status.FAILED ? o.message() : String.valueOf(o.output());
            sb.append(String.format(Locale.ROOT, row, o.scene(), o.status().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.1f", o.seconds()), detail));
        }
        Map<SceneOutcome.Status, Long> counts = new java.util.EnumMap<>(SceneOutcome.Status.class);
        for (SceneOutcome o : outcomes) counts.merge(o.status(), 1L, Long::sum);
        sb.append(String.format(Locale.ROOT, "%d scenes: %d done, %d skipped, %d failed%n", outcomes.size(),
                counts.getOrDefault(SceneOutcome.Status.DONE, 0L), counts.getOrDefault(SceneOutcome.Status.SKIPPED, 0L),
                counts.getOrDefault(SceneOutcome.Status.FAILED, 0L)));
        return sb.toString();
    }

    /** OUTDIR/batch.json: the same table for scripts. */
    private void writeSummary(List<SceneOutcome> outcomes) throws java.io.IOException {
        List<Map<String, Object>> rows = outcomes.stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scene", o.scene().toString());
            m.put("status", o.status().name().toLowerCase(Locale.ROOT));
            m.put("seconds", o.seconds());
            m.put("output", o.output() == null ? null : o.output().toString());
            if (o.message() != null) m.put("error", o.message());
            return m;
        }).toList();
        Files.writeString(outDir.resolve("batch.json"), Json.write(rows));
    }
}
