package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * What a training loop produced.
 *
 * @param averages the exponential average of each network's outputs, in the order of the trained members
 * @param losses the loss at each iteration run
 * @param earlyStopped whether the early-stop rule ended the run before the iteration limit
 * @param seconds wall time of the loop
 */
public record TrainingRun(List<INDArray> averages, double[] losses, boolean earlyStopped, double seconds) {

    /** The first (for UnDIP the only) network's average. */
    public INDArray average() { return averages.get(0); }

    public int iterations() { return losses.length; }

    public double finalLoss() { return losses.length == 0 ? Double.NaN : losses[losses.length - 1]; }

    public double secondsPerIteration() { return losses.length == 0 ? Double.NaN : seconds / losses.length; }
}
