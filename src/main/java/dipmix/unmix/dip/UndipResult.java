package dipmix.unmix.dip;

import dipmix.unmix.dip.nn.UnetConfig;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The outcome of an UnDIP run.
 *
 * @param abundances r x nValid float32, the exponentially averaged network output at the scene's valid
 *                   pixels (columns in the order of {@code scene.pixelIndex()}); non-negative, columns sum to 1
 * @param lossHistory the training loss (MSE over bands x valid pixels) at every iteration run
 * @param iterations iterations run
 * @param finalLoss the loss at the last iteration
 * @param secondsPerIteration mean wall time per iteration
 * @param earlyStopped whether early stop ended the run
 * @param stopThreshold the mean squared residual at which the stop at the noise level fires, NaN when that stop
 *                      was off
 * @param network the network shape used
 * @param seed the seed used
 */
public record UndipResult(INDArray abundances, double[] lossHistory, int iterations, double finalLoss,
                          double secondsPerIteration, boolean earlyStopped, double stopThreshold,
                          UnetConfig network, long seed) {
}
