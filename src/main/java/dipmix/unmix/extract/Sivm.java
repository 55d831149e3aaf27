package dipmix.unmix.extract;

import dipmix.unmix.HostCopy;
import dipmix.unmix.UnmixInput;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Simplex volume maximisation in the variant UnDIP's authors run: (optionally) project Y on its rank-r SVD
 * subspace and clip to [0, 1]; take the pixel of largest squared norm; then repeatedly take the pixel i
 * maximising vᵢᵀ D⁻¹ vᵢ, with D = [[d(j,k)², 1], [1ᵀ, 0]] over the chosen pixels j, k and vᵢ = [d(i,j)²; 1]
 * (a Cayley-Menger volume criterion). Deterministic: the seed is not used. The endmembers returned are the
 * chosen columns of the data the search ran on, so the projected, clipped spectra when projecting.
 */
public final class Sivm implements EndmemberExtractor {
    private final boolean project;

    /** The authors' setting: projection on. */
    public Sivm() {
        this(true);
    }

    /** @param project whether to project Y on its rank-r SVD subspace (and clip to [0, 1]) first */
    public Sivm(boolean project) {
        this.project = project;
    }

    @Override
    public Extraction extract(INDArray y, int r, long seed) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmemberCount(y, r);
        INDArray x = project
                ? Transforms.min(Transforms.max(SignalSubspace.uncentred(y, r).project(y), 0.0, false), 1.0, false)
                : y.castTo(DataType.FLOAT);
        int n = (int) x.columns();
        double[] norms = HostCopy.values(x.norm2(0));
        for (int i = 0; i < n; i++) norms[i] *= norms[i];
        int[] chosen = new int[r];
        chosen[0] = argMax(norms);
        double[][] d = new double[r][];
        d[0] = squaredDistances(x, norms, chosen[0]);
        for (int v = 1; v < r; v++) {
            double[][] dinv = borderedInverse(d, chosen, v);
            double[] score = new double[n];
            double[] vi = new double[v + 1];
            vi[v] = 1;
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < v; a++) vi[a] = d[a][i];
                double s = 0;
                for (int a = 0; a <= v; a++) {
                    double t = 0;
                    for (int b = 0; b <= v; b++) t += dinv[a][b] * vi[b];
                    s += vi[a] * t;
                }
                score[i] = s;
            }
            chosen[v] = argMax(score);
            d[v] = squaredDistances(x, norms, chosen[v]);
        }
        return new Extraction(x.getColumns(chosen).castTo(DataType.FLOAT), chosen);
    }

    /** ||x_i - x_j||² for all i, from the norms and one matrix-vector product. */
    private static double[] squaredDistances(INDArray x, double[] norms, int j) {
        double[] dots = HostCopy.values(Nd4j.gemm(x, x.getColumn(j).reshape(x.rows(), 1), true, false));
        double[] out = new double[norms.length];
        for (int i = 0; i < out.length; i++) out[i] = Math.max(0, norms[i] + norms[j] - 2 * dots[i]);
        out[j] = 0;
        return out;
    }

    /** Inverse of [[d(j,k)², 1], [1ᵀ, 0]] over the first v chosen pixels (pseudo-inverse if singular). */
    private static double[][] borderedInverse(double[][] d, int[] chosen, int v) {
        double[][] m = new double[v + 1][v + 1];
        for (int a = 0; a < v; a++) {
            for (int b = 0; b < v; b++) m[a][b] = d[a][chosen[b]];
            m[a][v] = 1;
            m[v][a] = 1;
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m, false)).getSolver().getInverse().getData();
    }

    static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
