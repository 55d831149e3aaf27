package dipmix.unmix.abundance;

/** Solves one pixel's small problem from its Eᵀy; instances hold scratch space and serve one thread. */
interface PixelSolver {
    /** Reads Eᵀy at b[off .. off + r), writes the r abundances into a. */
    void solve(double[] b, int off, double[] a);
}
