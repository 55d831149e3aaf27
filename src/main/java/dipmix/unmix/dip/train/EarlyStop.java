package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stops training once the averaged output has settled: every {@code window} iterations it compares the
 * average with its value one window earlier and fires when no entry moved by {@code tolerance} or more.
 */
public final class EarlyStop implements StopRule {
    private final double tolerance;
    private final int window;
    private INDArray previous;

    public EarlyStop(double tolerance, int window) {
        if (!(tolerance > 0)) throw new IllegalArgumentException("early-stop tolerance must be > 0, got " + tolerance);
        if (window < 1) throw new IllegalArgumentException("early-stop window must be >= 1, got " + window);
        this.tolerance = tolerance;
        this.window = window;
    }

    @Override
    public boolean shouldStop(int iteration, INDArray average) {
        if (iteration % window != 0) return false;
        if (previous == null) {
            previous = average.dup('c');
            return false;
        }
        double change = previous.subi(average).amaxNumber().doubleValue();
        previous.assign(average);
        return change < tolerance;
    }
}
