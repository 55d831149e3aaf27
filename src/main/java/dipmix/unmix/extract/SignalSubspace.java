package dipmix.unmix.extract;

import dipmix.unmix.HostCopy;
import dipmix.unmix.hysime.BandCovariance;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A k-dimensional subspace of band space fitted to a scene (leading eigenvectors of its second moment, or
 * of its covariance around the mean pixel), and the scene's coordinates in it.
 *
 * @param basis p x k orthonormal columns, float64
 * @param center p-vector subtracted before projecting (zeros for the uncentred fit)
 */
record SignalSubspace(INDArray basis, double[] center) {

    /** Leading k directions of Y Yᵀ / n: the SVD subspace of Y itself. */
    static SignalSubspace uncentred(INDArray y, int k) {
        INDArray basis = BandCovariance.eigen(BandCovariance.secondMoment(y)).leading(k);
        return new SignalSubspace(basis, new double[(int) y.rows()]);
    }

    /** Leading k principal components around the mean pixel. */
    static SignalSubspace centred(INDArray y, int k) {
        double[] mean = BandCovariance.meanPixel(y);
        INDArray basis = BandCovariance.eigen(BandCovariance.covariance(y, mean)).leading(k);
        return new SignalSubspace(basis, mean);
    }

    int dimension() { return (int) basis.columns(); }

    /** Coordinates Uᵀ(Y - c) as k rows of n values (float64). */
    double[][] coordinates(INDArray y) {
        INDArray u = basis.castTo(DataType.FLOAT);
        INDArray c = Nd4j.gemm(u, y, true, false);
        INDArray shift = Nd4j.gemm(u, Nd4j.createFromArray(center).reshape(center.length, 1).castTo(DataType.FLOAT), true, false);
        return HostCopy.rows(c.subiColumnVector(shift));
    }

    /** Back to band space: U x + c for k x m coordinates, as p x m float32. */
    INDArray reconstruct(double[][] coords) {
        INDArray x = Nd4j.gemm(basis, Nd4j.createFromArray(coords), false, false);
        return x.addiColumnVector(Nd4j.createFromArray(center).reshape(center.length, 1)).castTo(DataType.FLOAT);
    }

    /** The projection U Uᵀ Y of a whole scene (uncentred subspace), p x n float32. */
    INDArray project(INDArray y) {
        INDArray u = basis.castTo(DataType.FLOAT);
        return Nd4j.gemm(u, Nd4j.gemm(u, y, true, false), false, false);
    }
}
