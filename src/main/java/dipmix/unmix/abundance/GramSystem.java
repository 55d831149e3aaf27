package dipmix.unmix.abundance;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The normal-equation matrix G = EᵀE of an endmember set (float64) with the inverses of its principal
 * submatrices, built once per passive set and shared by every pixel that meets that set: pixels are
 * effectively grouped by active set without sorting them.
 */
final class GramSystem {
    /** E's condition number above which the least-squares problems are numerically meaningless. */
    private static final double MAX_CONDITION = 1e8;

    private final double[][] g;
    private final int r;
    private final double tolerance;
    private final ConcurrentHashMap<Long, SubsetSystem> subsets = new ConcurrentHashMap<>();

    private GramSystem(double[][] g, double tolerance) {
        this.g = g;
        this.r = g.length;
        this.tolerance = tolerance;
    }

    /**
     * @param e endmembers, p x r in float64
     * @throws IllegalArgumentException when the endmembers are (nearly) linearly dependent or r > 63
     */
    static GramSystem of(double[][] e) {
        int r = e[0].length;
        if (r > 63) throw new IllegalArgumentException("at most 63 endmembers are supported, got " + r);
        double cond = new SingularValueDecomposition(new Array2DRowRealMatrix(e, false)).getConditionNumber();
        if (!(cond < MAX_CONDITION)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the %d endmembers are linearly dependent or nearly so (condition number %.3g)", r, cond));
        }
        double[][] g = new double[r][r];
        double maxDiag = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (double[] row : e) s += row[i] * row[j];
                g[i][j] = s;
                g[j][i] = s;
            }
            maxDiag = Math.max(maxDiag, g[i][i]);
        }
        return new GramSystem(g, 1e-10 * maxDiag);
    }

    int size() { return r; }

    double entry(int i, int j) { return g[i][j]; }

    /** Multipliers above -tolerance count as nonnegative (scaled to G). */
    double tolerance() { return tolerance; }

    long fullMask() { return (1L << r) - 1; }

    /** The restricted system on the passive set given as a bit mask (bit i = endmember i). */
    SubsetSystem subset(long mask) {
        return subsets.computeIfAbsent(mask, this::build);
    }

    private SubsetSystem build(long mask) {
        int k = Long.bitCount(mask);
        int[] idx = new int[k];
        for (int i = 0, c = 0; i < r; i++) if ((mask >>> i & 1L) != 0) idx[c++] = i;
        double[][] sub = new double[k][k];
        for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) sub[a][b] = g[idx[a]][idx[b]];
        double[][] inv = new LUDecomposition(new Array2DRowRealMatrix(sub, false)).getSolver().getInverse().getData();
        return new SubsetSystem(idx, inv);
    }
}
