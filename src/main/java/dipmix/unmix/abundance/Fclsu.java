package dipmix.unmix.abundance;

/**
 * Fully constrained least squares unmixing: for each pixel the exact minimiser of ||y - Ea||² with
 * a >= 0 and 1ᵀa = 1 (KKT conditions hold to rounding), by an active-set method on the normal equations.
 */
public final class Fclsu extends NormalEquationsEstimator {
    @Override
    void solve(GramSystem gs, double[] b, int off, double[] a) {
        new ActiveSetSolver(gs, true).solve(b, off, a);
    }
}
