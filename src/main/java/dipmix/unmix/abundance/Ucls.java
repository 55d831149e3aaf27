package dipmix.unmix.abundance;

/** Unconstrained least squares per pixel: a = (EᵀE)⁻¹Eᵀy; abundances may be negative or not sum to one. */
public final class Ucls extends NormalEquationsEstimator {
    @Override
    void solve(GramSystem gs, double[] b, int off, double[] a) {
        gs.subset(gs.fullMask()).solve(b, off, false, a);
    }
}
