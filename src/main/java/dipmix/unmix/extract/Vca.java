package dipmix.unmix.extract;

import dipmix.unmix.UnmixInput;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Vertex component analysis (Nascimento and Bioucas-Dias, 2005). The SNR is estimated first: above
 * 15 + 10 log10(r) dB the data are projected on the rank-r subspace of Y and scaled projectively; below,
 * on the r-1 principal components plus a constant coordinate. Then r times: project on a seeded random
 * direction orthogonal to the endmembers found so far and take the pixel of largest absolute projection.
 * The endmembers returned are those pixels' projections back in band space, as in the published method.
 */
public final class Vca implements EndmemberExtractor {

    @Override
    public Extraction extract(INDArray y, int r, long seed) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmemberCount(y, r);
        int n = (int) y.columns();
        SignalSubspace pca = SignalSubspace.centred(y, r);
        double[][] centred = pca.coordinates(y);
        double snr = estimateSnr(y, centred, pca.center(), r);
        boolean high = r == 1 || snr > 15 + 10 * Math.log10(r); // r = 1 has no r-1 components

        SignalSubspace subspace;
        double[][] coords;
        double[][] search = new double[r][n];
        if (high) {
            subspace = SignalSubspace.uncentred(y, r);
            coords = subspace.coordinates(y);
            double[] u = new double[r];
            for (int k = 0; k < r; k++) {
                for (double v : coords[k]) u[k] += v;
                u[k] /= n;
            }
            // projective scaling: every pixel onto the hyperplane uᵀx = 1
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < r; k++) s += coords[k][i] * u[k];
                for (int k = 0; k < r; k++) search[k][i] = coords[k][i] / s;
            }
        } else {
            subspace = new SignalSubspace(pca.basis().getColumns(range(r - 1)), pca.center());
            coords = java.util.Arrays.copyOf(centred, r - 1);
            double c = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < r - 1; k++) s += coords[k][i] * coords[k][i];
                c = Math.max(c, s);
            }
            c = Math.sqrt(c);
            for (int k = 0; k < r - 1; k++) search[k] = coords[k];
            java.util.Arrays.fill(search[r - 1], c);
        }

        int[] chosen = new int[r];
        double[][] found = new double[r][r]; // columns: endmembers found so far in search coordinates
        found[r - 1][0] = 1;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int it = 0; it < r; it++) {
            double[] f = orthogonalDirection(found, rnd);
            int best = 0;
            double bestAbs = -1;
            for (int i = 0; i < n; i++) {
                double v = 0;
                for (int k = 0; k < r; k++) v += f[k] * search[k][i];
                if (Math.abs(v) > bestAbs) {
                    bestAbs = Math.abs(v);
                    best = i;
                }
            }
            chosen[it] = best;
            for (int k = 0; k < r; k++) found[k][it] = search[k][best];
        }
        int dim = subspace.dimension();
        double[][] picked = new double[dim][r];
        for (int k = 0; k < dim; k++) for (int j = 0; j < r; j++) picked[k][j] = coords[k][chosen[j]];
        return new Extraction(subspace.reconstruct(picked), chosen);
    }

    /** 10 log10 of signal over noise power, from the power in and outside the r-dimensional subspace. */
    private static double estimateSnr(INDArray y, double[][] centred, double[] mean, int r) {
        long n = y.columns();
        double py = y.norm2Number().doubleValue();
        py = py * py / n;
        double px = 0;
        for (double[] row : centred) for (double v : row) px += v * v;
        px /= n;
        for (double m : mean) px += m * m;
        double p = y.rows();
        return 10 * Math.log10(Math.max(px - r / p * py, 1e-300) / Math.max(py - px, 1e-300));
    }

    /** A random unit vector orthogonal to the span of {@code found}: f = (I - A A⁺) w, w uniform. */
    private static double[] orthogonalDirection(double[][] found, SplittableRandom rnd) {
        int r = found.length;
        RealMatrix a = new Array2DRowRealMatrix(found, false);
        RealMatrix pinv = new SingularValueDecomposition(a).getSolver().getInverse();
        double[] w = new double[r];
        for (int k = 0; k < r; k++) w[k] = rnd.nextDouble();
        double[] f = w.clone();
        double[] aw = a.operate(pinv.operate(w));
        double norm = 0;
        for (int k = 0; k < r; k++) {
            f[k] -= aw[k];
            norm += f[k] * f[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < r; k++) f[k] /= norm;
        return f;
    }

    private static int[] range(int k) {
        return java.util.stream.IntStream.range(0, k).toArray();
    }
}
