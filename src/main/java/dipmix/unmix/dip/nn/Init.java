package dipmix.unmix.dip.nn;

import java.util.SplittableRandom;

/**
 * Seeded parameter initialisation matching PyTorch's defaults for Conv2d and ConvTranspose2d (kaiming-uniform
 * with a = sqrt(5), which reduces to U(-1/sqrt(fanIn), 1/sqrt(fanIn)) for weights and biases alike) and
 * for BatchNorm (gain 1, bias 0). The values differ from PyTorch's draw; the distribution is the same.
 */
public final class Init {
    private final SplittableRandom random;

    public Init(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code n} values uniform in [-1/sqrt(fanIn), 1/sqrt(fanIn)). */
    public double[] uniformFanIn(long n, long fanIn) {
        double bound = 1.0 / Math.sqrt(fanIn);
        double[] v = new double[Math.toIntExact(n)];
        for (int i = 0; i < v.length; i++) v[i] = (2 * random.nextDouble() - 1) * bound;
        return v;
    }

    public static double[] constant(long n, double value) {
        double[] v = new double[Math.toIntExact(n)];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
