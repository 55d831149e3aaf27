package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a training loop produced.
 *
 * @param average the exponential average of the outputs, same shape as the output
 * @param losses the loss at each iteration run
 * @param earlyStopped whether the early-stop rule ended the run before the iteration limit
 * @param seconds wall time of the loop
 */
public record TrainingRun(INDArray average, double[] losses, boolean earlyStopped, double seconds) {

    public int iterations() { return losses.length; }

    public double finalLoss() { return losses.length == 0 ? Double.NaN : losses[losses.length - 1]; }

    public double secondsPerIteration() { return losses.length == 0 ? Double.NaN : seconds / losses.length; }
}
