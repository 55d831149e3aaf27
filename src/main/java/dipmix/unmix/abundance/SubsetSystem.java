package dipmix.unmix.abundance;

/**
 * Least squares restricted to a passive set P of endmembers, from the precomputed inverse of G_PP:
 * free (min ||y - E_P a||²) or with the sum-to-one equality solved in closed form through its KKT system.
 */
final class SubsetSystem {
    private final int[] idx;
    private final double[][] inv;
    private final double[] invOnes;
    private final double invOnesSum;

    SubsetSystem(int[] idx, double[][] inv) {
        this.idx = idx;
        this.inv = inv;
        int k = idx.length;
        this.invOnes = new double[k];
        double s = 0;
        for (int a = 0; a < k; a++) {
            double v = 0;
            for (int b = 0; b < k; b++) v += inv[a][b];
            invOnes[a] = v;
            s += v;
        }
        this.invOnesSum = s;
    }

    /**
     * Writes the solution on P into z (entries outside P are left untouched).
     *
     * @param b Eᵀy for many pixels, this pixel's r values starting at {@code off}
     * @param sumToOne whether to impose 1ᵀa = 1
     */
    void solve(double[] b, int off, boolean sumToOne, double[] z) {
        int k = idx.length;
        double dot = 0;
        for (int a = 0; a < k; a++) {
            double v = 0;
            for (int c = 0; c < k; c++) v += inv[a][c] * b[off + idx[c]];
            z[idx[a]] = v;
            dot += v;
        }
        if (!sumToOne) return;
        // a = G⁻¹(b - μ1) with μ chosen so that 1ᵀa = 1
        double mu = (dot - 1) / invOnesSum;
        for (int a = 0; a < k; a++) z[idx[a]] -= mu * invOnes[a];
    }
}
