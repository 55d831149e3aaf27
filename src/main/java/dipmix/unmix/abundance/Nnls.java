package dipmix.unmix.abundance;

/** Nonnegative least squares per pixel: the exact minimiser of ||y - Ea||² with a >= 0. */
public final class Nnls extends NormalEquationsEstimator {
    @Override
    PixelSolver solver(GramSystem gs) {
        return new ActiveSetSolver(gs, false);
    }
}
