package dipmix.jobs;

import dipmix.unmix.Monitor;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The {@link Monitor} a running job hands to its algorithm: iteration counts become a 0..99 percent (100 is kept
 * for success), stage messages become the status message, and {@link #cancelled()} reports dismissal or shutdown.
 * Only changes are passed on, so a store write happens at most once per percent or message.
 */
final class JobProgressMonitor implements Monitor {
    private final BiConsumer<Integer, String> sink;
    private final BooleanSupplier stop;
    private int percent;
    private String message;

    /**
     * @param sink receives (percent, message) when either changes
     * @param stop true when the job must stop
     */
    JobProgressMonitor(BiConsumer<Integer, String> sink, BooleanSupplier stop) {
        this.sink = sink;
        this.stop = stop;
        this.message = "running";
    }

    @Override
    public synchronized void iteration(int iteration, int total, double loss) {
        if (total <= 0) return;
        int p = (int) Math.max(0, Math.min(99, Math.floor(100.0 * iteration / total)));
        if (p != percent) {
            percent = p;
            sink.accept(percent, message);
        }
    }

    @Override
    public synchronized void stage(String msg) {
        if (msg != null && !msg.equals(message)) {
            message = msg;
            sink.accept(percent, message);
        }
    }

    @Override
    public boolean cancelled() {
        return stop.getAsBoolean();
    }
}
