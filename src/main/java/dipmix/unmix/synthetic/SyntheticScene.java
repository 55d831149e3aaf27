package dipmix.unmix.synthetic;

import dipmix.unmix.Endmembers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A synthetic scene with its truth, all float32.
 *
 * @param width columns
 * @param height rows
 * @param endmembers E, p x r, with material names
 * @param abundances A, r x n (n = width*height, pixel index row * width + col), columns on the simplex
 * @param clean E A, p x n
 * @param noisy E A plus white Gaussian noise, p x n
 * @param sigma the noise standard deviation used
 */
public record SyntheticScene(int width, int height, Endmembers endmembers, INDArray abundances, INDArray clean,
                             INDArray noisy, double sigma) {
}
