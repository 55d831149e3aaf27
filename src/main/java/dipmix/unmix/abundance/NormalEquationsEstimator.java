package dipmix.unmix.abundance;

import dipmix.unmix.UnmixInput;
import dipmix.unmix.hysime.BandCovariance;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Common frame of the least-squares estimators: G = EᵀE once, Eᵀy for a chunk of pixels as one float64
 * gemm, then an independent small solve per pixel (in parallel). Float64 inside, float32 out.
 */
abstract class NormalEquationsEstimator implements AbundanceEstimator {

    @Override
    public final INDArray estimate(INDArray y, INDArray e) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmembers(y, e);
        INDArray ed = e.castTo(DataType.DOUBLE);
        GramSystem gs = GramSystem.of(ed.toDoubleMatrix());
        int r = gs.size();
        long n = y.columns();
        float[] out = new float[Math.toIntExact(n * r)];
        int step = BandCovariance.chunkColumns(y.rows());
        for (long s = 0; s < n; s += step) {
            long end = Math.min(n, s + step);
            INDArray yc = y.get(NDArrayIndex.all(), NDArrayIndex.interval(s, end)).castTo(DataType.DOUBLE);
            double[] bt = Nd4j.gemm(yc, ed, true, false).dup('c').data().asDouble(); // chunk x r, pixel-major
            int base = Math.toIntExact(s * r);
            IntStream.range(0, (int) (end - s)).parallel().forEach(j -> {
                double[] a = new double[r];
                solve(gs, bt, j * r, a);
                for (int i = 0; i < r; i++) out[base + j * r + i] = (float) a[i];
            });
        }
        return Nd4j.create(out, new long[]{n, r}, 'c').transpose().dup('c');
    }

    /** Solves one pixel whose Eᵀy starts at b[off], writing r abundances into a. */
    abstract void solve(GramSystem gs, double[] b, int off, double[] a);
}
