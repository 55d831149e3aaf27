package dipmix.unmix.hysime;

import dipmix.unmix.HostCopy;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Band-by-band second moments of a scene and their eigen decomposition: the signal subspace that HySime
 * ranks and that extractors project on. Accumulated in float64 over pixel chunks, so a large float32 scene
 * is never copied whole to double; the p x p eigen problem by LAPACK (syev) in float64.
 */
public final class BandCovariance {
    /** About 32 MiB of float64 per chunk. */
    private static final long CHUNK_VALUES = 4L << 20;

    private BandCovariance() { }

    /** Pixel count per chunk when walking a p x n matrix in float64 column chunks. */
    public static int chunkColumns(long bands) {
        return (int) Math.max(1024, CHUNK_VALUES / Math.max(1, bands));
    }

    /** (1/n) A Bᵀ for two matrices with the same columns (pixels), in float64; a is p x n, b is q x n. */
    public static INDArray crossMoment(INDArray a, INDArray b) {
        long n = a.columns();
        INDArray acc = Nd4j.zeros(DataType.DOUBLE, a.rows(), b.rows());
        int step = chunkColumns(Math.max(a.rows(), b.rows()));
        for (long s = 0; s < n; s += step) {
            long e = Math.min(n, s + step);
            INDArray ac = a.get(NDArrayIndex.all(), NDArrayIndex.interval(s, e)).castTo(DataType.DOUBLE);
            INDArray bc = a == b ? ac : b.get(NDArrayIndex.all(), NDArrayIndex.interval(s, e)).castTo(DataType.DOUBLE);
            acc.addi(Nd4j.gemm(ac, bc, false, true));
        }
        return acc.divi(n);
    }

    /** (1/n) Y Yᵀ in float64 (p x p). */
    public static INDArray secondMoment(INDArray y) {
        return crossMoment(y, y);
    }

    /** (1/n) (Y - m)(Y - m)ᵀ with m the mean pixel, in float64 (p x p). */
    public static INDArray covariance(INDArray y, double[] mean) {
        INDArray m = Nd4j.createFromArray(mean).reshape(mean.length, 1);
        return secondMoment(y).subi(Nd4j.gemm(m, m, false, true));
    }

    /** Mean pixel (length p) in float64. */
    public static double[] meanPixel(INDArray y) {
        long n = y.columns();
        INDArray acc = Nd4j.zeros(DataType.DOUBLE, y.rows());
        int step = chunkColumns(y.rows());
        for (long s = 0; s < n; s += step) {
            long e = Math.min(n, s + step);
            acc.addi(y.get(NDArrayIndex.all(), NDArrayIndex.interval(s, e)).castTo(DataType.DOUBLE).sum(1));
        }
        return HostCopy.values(acc.divi(n));
    }

    /**
     * Eigen decomposition of a symmetric matrix with eigenvalues in descending order, by LAPACK's syev in
     * float64 through ND4J (commons-math3's iteration failed to converge on rank-deficient noise-free moments).
     */
    public static SymmetricEigen eigen(INDArray symmetric) {
        int p = (int) symmetric.rows();
        INDArray work = symmetric.castTo(DataType.DOUBLE).dup('f'); // syev overwrites it with the eigenvectors
        double[] ascending = HostCopy.values(Eigen.symmetricGeneralizedEigenvalues(work, true));
        double[][] vecs = HostCopy.rows(work);
        double[] values = new double[p];
        double[][] vectors = new double[p][p];
        for (int k = 0; k < p; k++) {
            values[k] = ascending[p - 1 - k];
            for (int i = 0; i < p; i++) vectors[i][k] = vecs[i][p - 1 - k];
        }
        return new SymmetricEigen(values, vectors);
    }
}
