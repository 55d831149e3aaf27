package dipmix.unmix.abundance;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Brute-force reference for small r: the constrained optimum is the best feasible stationary point over
 * all 2^r - 1 faces, each solved directly from its own (KKT) linear system. Slow and independent of the
 * active-set logic under test.
 */
final class LeastSquaresOracle {
    private final double[][] g;

    LeastSquaresOracle(double[][] e) {
        int r = e[0].length;
        g = new double[r][r];
        for (int i = 0; i < r; i++) for (int j = 0; j < r; j++) for (double[] row : e) g[i][j] += row[i] * row[j];
    }

    double[] solve(double[] b, boolean sumToOne) {
        int r = g.length;
        double best = Double.POSITIVE_INFINITY;
        double[] bestA = new double[r];
        for (int face = 1; face < 1 << r; face++) {
            final int mask = face;
            int[] idx = java.util.stream.IntStream.range(0, r).filter(i -> (mask >> i & 1) != 0).toArray();
            int k = idx.length;
            int m = sumToOne ? k + 1 : k;
            double[][] kkt = new double[m][m];
            double[] rhs = new double[m];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) kkt[i][j] = g[idx[i]][idx[j]];
                rhs[i] = b[idx[i]];
                if (sumToOne) {
                    kkt[i][k] = 1;
                    kkt[k][i] = 1;
                }
            }
            if (sumToOne) rhs[k] = 1;
            double[] sol = new LUDecomposition(new Array2DRowRealMatrix(kkt, false)).getSolver()
                    .solve(new ArrayRealVector(rhs, false)).toArray();
            double[] a = new double[r];
            boolean ok = true;
            for (int i = 0; i < k; i++) {
                a[idx[i]] = sol[i];
                ok &= sol[i] >= -1e-12;
            }
            if (!ok) continue;
            double f = objective(a, b);
            if (f < best) {
                best = f;
                bestA = a;
            }
        }
        return bestA;
    }

    /** ½aᵀGa - bᵀa, i.e. ½||y - Ea||² up to a constant. */
    double objective(double[] a, double[] b) {
        double f = 0;
        for (int i = 0; i < g.length; i++) {
            double s = 0;
            for (int j = 0; j < g.length; j++) s += g[i][j] * a[j];
            f += 0.5 * a[i] * s - b[i] * a[i];
        }
        return f;
    }

    double[] gradient(double[] a, double[] b) {
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            double s = -b[i];
            for (int j = 0; j < g.length; j++) s += g[i][j] * a[j];
            out[i] = s;
        }
        return out;
    }

    double scale() {
        double m = 0;
        for (int i = 0; i < g.length; i++) m = Math.max(m, g[i][i]);
        return m;
    }
}
