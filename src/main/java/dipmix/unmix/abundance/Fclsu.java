package dipmix.unmix.abundance;

/**
 * Fully constrained least squares unmixing: for each pixel the exact minimiser of ||y - Ea||² with
 * a >= 0 and 1ᵀa = 1 (KKT conditions hold to rounding), by an active-set method on the normal equations.
 */
public final class Fclsu extends NormalEquationsEstimator {
    @Override
    PixelSolver solver(GramSystem gs) {
        return new ActiveSetSolver(gs, true);
    }
}
