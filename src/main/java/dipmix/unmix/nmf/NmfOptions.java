package dipmix.unmix.nmf;

/**
 * Settings of {@link Nmf}.
 *
 * @param iterations maximum number of multiplicative updates (at least 1)
 * @param tolerance stop when the relative decrease of the penalised objective (fit plus sum-to-one rows) in
 *                  one iteration falls below it; 0 always runs all iterations
 * @param seed seed of the VCA initialisation
 * @param sumToOneWeight weight of the sum-to-one rows, relative to the scene's RMS pixel norm; larger
 *                       enforces 1ᵀA = 1 more tightly but slows convergence
 */
public record NmfOptions(int iterations, double tolerance, long seed, double sumToOneWeight) {
    public NmfOptions {
        if (iterations < 1) throw new IllegalArgumentException("NMF needs at least 1 iteration, got " + iterations);
        if (!(tolerance >= 0)) throw new IllegalArgumentException("NMF tolerance must be >= 0, got " + tolerance);
        if (!(sumToOneWeight > 0) || Double.isInfinite(sumToOneWeight)) {
            throw new IllegalArgumentException("NMF sum-to-one weight must be positive, got " + sumToOneWeight);
        }
    }

    /** 500 iterations, tolerance 1e-6, seed 0, weight 1. */
    public static NmfOptions defaults() {
        return new NmfOptions(500, 1e-6, 0, 1.0);
    }

    public NmfOptions withIterations(int n) {
        return new NmfOptions(n, tolerance, seed, sumToOneWeight);
    }

    public NmfOptions withTolerance(double t) {
        return new NmfOptions(iterations, t, seed, sumToOneWeight);
    }

    public NmfOptions withSeed(long s) {
        return new NmfOptions(iterations, tolerance, s, sumToOneWeight);
    }
}
