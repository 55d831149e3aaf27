package dipmix.unmix.abundance;

import dipmix.unmix.HostCopy;
import dipmix.unmix.UnmixInput;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Common frame of the least-squares estimators: G = EᵀE once (float64), then, in parallel over blocks of
 * pixels, Eᵀy accumulated in float64 straight from the float32 scene and an independent small solve per
 * pixel. Float64 matters here because the normal equations square E's condition number: a float32 Eᵀy
 * would lose far more than Y's own float32 rounding on similar library spectra. Results are float32.
 */
abstract class NormalEquationsEstimator implements AbundanceEstimator {
    /** Pixels per parallel task: a band row stretch and r accumulators stay in L1/L2. */
    private static final int BLOCK = 1024;

    @Override
    public final INDArray estimate(INDArray y, INDArray e) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmembers(y, e);
        double[][] ed = HostCopy.rows(e);
        GramSystem gs = GramSystem.of(ed);
        int r = gs.size();
        int p = (int) y.rows();
        int n = Math.toIntExact(y.columns());
        if ((long) n * r > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(n + " pixels x " + r + " endmembers exceed one array; unmix in windows");
        }
        float[] out = new float[n * r]; // r x n, row-major
        int slab = (int) Math.max(BLOCK, BandRows.MAX_VALUES / p);
        for (int s = 0; s < n; s += slab) {
            int end = Math.min(n, s + slab);
            INDArray part = s == 0 && end == n ? y : y.get(NDArrayIndex.all(), NDArrayIndex.interval(s, end));
            BandRows rows = BandRows.of(part);
            int base = s;
            int m = end - s;
            IntStream.range(0, (m + BLOCK - 1) / BLOCK).parallel()
                    .forEach(blk -> solveBlock(rows, ed, gs, blk * BLOCK, Math.min(BLOCK, m - blk * BLOCK), base, n, out));
        }
        return Nd4j.create(out, new long[]{r, n}, 'c');
    }

    private void solveBlock(BandRows rows, double[][] ed, GramSystem gs, int from, int len, int base, int n, float[] out) {
        int r = gs.size();
        double[] bt = BlockProducts.of(rows, ed, from, len);
        PixelSolver solver = solver(gs);
        double[] a = new double[r];
        for (int j = 0; j < len; j++) {
            solver.solve(bt, j * r, a);
            int col = base + from + j;
            for (int k = 0; k < r; k++) out[k * n + col] = (float) a[k];
        }
    }

    /** A solver for one thread's block of pixels. */
    abstract PixelSolver solver(GramSystem gs);
}
