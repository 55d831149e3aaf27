package dipmix.unmix.abundance;

/** Unconstrained least squares per pixel: a = (EᵀE)⁻¹Eᵀy; abundances may be negative or not sum to one. */
public final class Ucls extends NormalEquationsEstimator {
    @Override
    PixelSolver solver(GramSystem gs) {
        SubsetSystem all = gs.subset(gs.fullMask());
        return (b, off, a) -> all.solve(b, off, false, a);
    }
}
