package dipmix.unmix.hysime;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Eigenpairs of a symmetric p x p matrix, eigenvalues descending.
 *
 * @param values eigenvalues, largest first
 * @param vectors p x p, column k is the unit eigenvector of values[k]
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    /** The first k eigenvectors as a p x k float64 matrix. */
    public INDArray leading(int k) {
        int p = vectors.length;
        double[][] out = new double[p][k];
        for (int i = 0; i < p; i++) System.arraycopy(vectors[i], 0, out[i], 0, k);
        return Nd4j.createFromArray(out);
    }
}
