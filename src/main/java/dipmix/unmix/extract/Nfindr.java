package dipmix.unmix.extract;

import dipmix.unmix.UnmixInput;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * N-FINDR (Winter, 1999): in the r-1 leading principal components, start from a non-degenerate simplex
 * grown greedily from a seeded random pixel, and replace one vertex at a time by the pixel that most enlarges the simplex, until a full sweep changes
 * nothing. The volume with vertex k replaced is linear in the new vertex (a cofactor expansion along
 * column k), so each replacement scores all pixels with one pass instead of n determinants. The endmembers
 * returned are the chosen pixels' own spectra.
 */
public final class Nfindr implements EndmemberExtractor {
    private static final int MAX_SWEEPS = 50;

    @Override
    public Extraction extract(INDArray y, int r, long seed) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmemberCount(y, r);
        int n = (int) y.columns();
        int[] chosen = {new SplittableRandom(seed).nextInt(n)};
        if (r > 1) {
            double[][] x = SignalSubspace.centred(y, r - 1).coordinates(y);
            chosen = greedyStart(x, chosen[0], r);
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                boolean changed = false;
                for (int k = 0; k < r; k++) {
                    double[] cof = cofactors(x, chosen, k);
                    int best = chosen[k];
                    double bestVolume = volume(cof, x, best);
                    for (int i = 0; i < n; i++) {
                        double v = volume(cof, x, i);
                        if (v > bestVolume * (1 + 1e-12)) {
                            bestVolume = v;
                            best = i;
                        }
                    }
                    changed |= best != chosen[k];
                    chosen[k] = best;
                }
                if (!changed) break;
            }
        }
        return new Extraction(y.getColumns(chosen).castTo(DataType.FLOAT), chosen);
    }

    /** |det| of the simplex matrix with the replaced column set to [1; x_i], up to the constant 1/(r-1)!. */
    private static double volume(double[] cof, double[][] x, int i) {
        double v = cof[0];
        for (int a = 1; a < cof.length; a++) v += cof[a] * x[a - 1][i];
        return Math.abs(v);
    }

    /** Cofactors along column k of M = [1 ... 1; x_{chosen}] (r x r). */
    private static double[] cofactors(double[][] x, int[] chosen, int k) {
        int r = chosen.length;
        double[][] m = new double[r][r];
        for (int j = 0; j < r; j++) {
            m[0][j] = 1;
            for (int a = 1; a < r; a++) m[a][j] = x[a - 1][chosen[j]];
        }
        double[] cof = new double[r];
        for (int row = 0; row < r; row++) {
            double[][] minor = new double[r - 1][r - 1];
            for (int a = 0, ma = 0; a < r; a++) {
                if (a == row) continue;
                for (int b = 0, mb = 0; b < r; b++) if (b != k) minor[ma][mb++] = m[a][b];
                ma++;
            }
            double det = r == 2 ? minor[0][0] : new LUDecomposition(new Array2DRowRealMatrix(minor, false)).getDeterminant();
            cof[row] = ((row + k) % 2 == 0 ? 1 : -1) * det;
        }
        return cof;
    }

    /**
     * A non-degenerate first simplex: the pixel farthest from the seeded pixel, then repeatedly the pixel
     * farthest from the affine hull of those chosen. A purely random start can be flat (scenes with large
     * uniform areas give repeated spectra) and then no single replacement can grow its volume.
     */
    private static int[] greedyStart(double[][] x, int seedPixel, int r) {
        int d = x.length;
        int n = x[0].length;
        int[] chosen = new int[r];
        chosen[0] = farthest(x, seedPixel, new double[0][]);
        double[][] basis = new double[0][];
        for (int t = 1; t < r; t++) {
            chosen[t] = farthest(x, chosen[0], basis);
            double[] dir = residual(x, chosen[t], chosen[0], basis);
            double norm = Math.sqrt(dot(dir, dir));
            if (norm == 0) continue; // the data span fewer dimensions: nothing farther exists
            for (int a = 0; a < d; a++) dir[a] /= norm;
            basis = java.util.Arrays.copyOf(basis, basis.length + 1);
            basis[basis.length - 1] = dir;
        }
        return chosen;
    }

    /** The pixel whose offset from {@code origin}, with the basis directions removed, is longest. */
    private static int farthest(double[][] x, int origin, double[][] basis) {
        int best = origin;
        double bestNorm = -1;
        for (int i = 0; i < x[0].length; i++) {
            double[] res = residual(x, i, origin, basis);
            double norm = dot(res, res);
            if (norm > bestNorm) {
                bestNorm = norm;
                best = i;
            }
        }
        return best;
    }

    private static double[] residual(double[][] x, int i, int origin, double[][] basis) {
        double[] v = new double[x.length];
        for (int a = 0; a < x.length; a++) v[a] = x[a][i] - x[a][origin];
        for (double[] q : basis) {
            double c = dot(v, q);
            for (int a = 0; a < v.length; a++) v[a] -= c * q[a];
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
