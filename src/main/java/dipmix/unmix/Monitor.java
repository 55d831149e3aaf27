package dipmix.unmix;

/**
 * What a long-running algorithm reports to and asks of its caller: progress each iteration and whether
 * to stop. The CLI draws a progress bar from it; the server maps it to job status and dismissal.
 */
public interface Monitor {
    /** Does nothing and never cancels. */
    Monitor NONE = new Monitor() { };

    /** Called once per iteration (1-based) with the current loss (NaN when the method has none). */
    default void iteration(int iteration, int total, double loss) { }

    /** A free-form stage message ("extracting endmembers", "training"). */
    default void stage(String message) { }

    /** Polled every iteration; true stops the algorithm with {@link CancelledException}. */
    default boolean cancelled() { return false; }

    /** Throws {@link CancelledException} when the caller asked to stop. */
    default void checkCancelled() {
        if (cancelled()) throw new CancelledException();
    }
}
