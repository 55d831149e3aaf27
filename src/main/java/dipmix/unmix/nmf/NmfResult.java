package dipmix.unmix.nmf;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * @param endmembers p x r float32, nonnegative
 * @param abundances r x n float32, nonnegative, columns summing to about one
 * @param iterations updates actually run
 * @param loss mean squared reconstruction error mean((Y - EA)²) of the last iteration, taken before its
 *             endmember update (so at most one update stale)
 */
public record NmfResult(INDArray endmembers, INDArray abundances, int iterations, double loss) {
}
