package dipmix.unmix.abundance;

/** Nonnegative least squares per pixel: the exact minimiser of ||y - Ea||² with a >= 0. */
public final class Nnls extends NormalEquationsEstimator {
    @Override
    void solve(GramSystem gs, double[] b, int off, double[] a) {
        new ActiveSetSolver(gs, false).solve(b, off, a);
    }
}
