package dipmix.unmix.abundance;

import java.util.Arrays;

/**
 * Exact per-pixel solver of min ½aᵀGa - bᵀa subject to a >= 0 (and 1ᵀa = 1 when asked): a primal
 * active-set method. It starts from the unconstrained solution; pixels where that is already nonnegative
 * stop there (the common case). Otherwise it starts from the clipped, renormalised point, solves the
 * equality-constrained problem on the passive set, steps back to feasibility when that solution has
 * negative entries (dropping the blocking endmember), and when it is feasible checks the Lagrange
 * multipliers of the bounds, freeing the most negative one until all are nonnegative: the KKT conditions
 * then hold, so the answer is the exact optimum, not the weighted-row approximation.
 */
final class ActiveSetSolver implements PixelSolver {
    private final GramSystem gs;
    private final boolean sumToOne;
    private final int maxIterations;
    private final SubsetSystem full;
    private final double[] z;
    private final double[] grad;

    /** One per thread: holds scratch arrays. */
    ActiveSetSolver(GramSystem gs, boolean sumToOne) {
        this.gs = gs;
        this.sumToOne = sumToOne;
        this.maxIterations = 3 * gs.size() + 30;
        this.full = gs.subset(gs.fullMask());
        this.z = new double[gs.size()];
        this.grad = new double[gs.size()];
    }

    @Override
    public void solve(double[] b, int off, double[] a) {
        int r = gs.size();
        full.solve(b, off, sumToOne, z);
        boolean feasible = true;
        for (double v : z) feasible &= v >= 0;
        System.arraycopy(z, 0, a, 0, r);
        if (feasible) return;

        double sum = 0;
        long mask = 0;
        for (int i = 0; i < r; i++) {
            a[i] = Math.max(0, a[i]);
            sum += a[i];
            if (a[i] > 0) mask |= 1L << i;
        }
        if (sumToOne) for (int i = 0; i < r; i++) a[i] /= sum; // sum >= 1ᵀz = 1 here
        for (int it = 0; it < maxIterations; it++) {
            Arrays.fill(z, 0);
            if (mask != 0) gs.subset(mask).solve(b, off, sumToOne, z);
            double alpha = 1;
            int block = -1;
            for (int i = 0; i < r; i++) {
                if ((mask >>> i & 1L) != 0 && z[i] < 0) {
                    double t = a[i] / (a[i] - z[i]);
                    if (t < alpha) {
                        alpha = t;
                        block = i;
                    }
                }
            }
            if (block < 0) {
                System.arraycopy(z, 0, a, 0, r);
                int enter = mostNegativeMultiplier(b, off, a, mask);
                if (enter < 0) return;
                mask |= 1L << enter;
            } else {
                for (int i = 0; i < r; i++) a[i] += alpha * (z[i] - a[i]);
                a[block] = 0;
                for (int i = 0; i < r; i++) {
                    if (a[i] <= 0) {
                        a[i] = 0;
                        mask &= ~(1L << i);
                    }
                }
            }
        }
        // only reached on degenerate cycling; a is feasible and at worst a few rounding steps from optimal
    }

    /** The bound j outside the passive set whose multiplier is most negative, or -1 when none is. */
    private int mostNegativeMultiplier(double[] b, int off, double[] a, long mask) {
        int r = gs.size();
        double mu = 0;
        int inP = 0;
        for (int i = 0; i < r; i++) {
            double s = -b[off + i];
            for (int j = 0; j < r; j++) s += gs.entry(i, j) * a[j];
            grad[i] = s;
            if ((mask >>> i & 1L) != 0) {
                mu -= s;
                inP++;
            }
        }
        // stationarity on P: grad_i + mu = 0 (the sum-to-one multiplier); without that constraint mu = 0
        mu = sumToOne && inP > 0 ? mu / inP : 0;
        int enter = -1;
        double worst = -gs.tolerance();
        for (int j = 0; j < r; j++) {
            if ((mask >>> j & 1L) == 0 && grad[j] + mu < worst) {
                worst = grad[j] + mu;
                enter = j;
            }
        }
        return enter;
    }
}
