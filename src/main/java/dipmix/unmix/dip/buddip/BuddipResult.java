package dipmix.unmix.dip.buddip;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The outcome of a BUDDIP run.
 *
 * @param endmembers p x r float32, the exponentially averaged EDIP output (columns in the guidance's order);
 *                   every value in (0, scale)
 * @param abundances r x nValid float32, the exponentially averaged ADIP output at the scene's valid pixels
 *                   (columns in the order of {@code scene.pixelIndex()}); non-negative, columns sum to 1
 * @param lossHistory the loss at every iteration run
 * @param iterations iterations run
 * @param finalLoss the loss at the last iteration
 * @param secondsPerIteration mean wall time per iteration
 * @param scale the EDIP output bound s (1, or the data's maximum when that exceeds 1)
 * @param seed the seed used
 */
public record BuddipResult(INDArray endmembers, INDArray abundances, double[] lossHistory, int iterations,
                           double finalLoss, double secondsPerIteration, double scale, long seed) {
}
