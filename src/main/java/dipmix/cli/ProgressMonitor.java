package dipmix.cli;

import dipmix.unmix.Monitor;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an algorithm's progress on stderr: a line per stage, and for iterative methods a progress bar with the
 * loss and an ETA, drawn only once the work has lasted a second (short runs stay quiet).
 */
final class ProgressMonitor implements Monitor, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private final PrintStream err;
    private final boolean quiet;
    private ProgressBar bar;
    private long firstIterationAt = -1;
    private String stage = "working";

    ProgressMonitor(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void stage(String message) {
        closeBar();
        stage = message;
        firstIterationAt = -1;
        if (!quiet) err.println("dipmix: " + message);
    }

    @Override
    public void iteration(int iteration, int total, double loss) {
        if (quiet) return;
        long now = System.nanoTime();
        if (firstIterationAt < 0) firstIterationAt = now;
        if (bar == null && now - firstIterationAt >= SHOW_AFTER_NANOS) {
            bar = new ProgressBarBuilder().setTaskName(shortStage()).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }
        if (bar != null) {
            bar.stepTo(iteration);
            if (!Double.isNaN(loss)) bar.setExtraMessage(String.format(java.util.Locale.ROOT, "loss %.4g", loss));
        }
    }

    private String shortStage() {
        return stage.length() > 24 ? stage.substring(0, 24) : stage;
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}
