package dipmix.unmix.synthetic;

import java.util.SplittableRandom;

/**
 * Smooth random abundance maps: for each endmember a Gaussian random field (white noise blurred with a
 * separable Gaussian kernel, standardised), turned into abundances by a softmax across endmembers, so every pixel
 * is non-negative and sums to one. With {@code maxPurity == 1} three pixels per endmember are made pure (where that
 * endmember already dominates); with {@code maxPurity < 1} each pixel whose largest abundance exceeds it is mixed
 * towards the uniform mixture just enough that the largest equals it, so no pixel is purer than the cap.
 */
public final class AbundanceFields {
    /** Softmax sharpness: higher gives more nearly pure regions. */
    static final double SHARPNESS = 2.5;
    /** Pure pixels placed per endmember when purity is not capped ("a few": extractors need at least one). */
    static final int PURE_PER_ENDMEMBER = 3;

    private AbundanceFields() {
    }

    /**
     * @return r x (width*height) abundances, band-sequential ({@code a[k * n + row * width + col]}), in double
     * @throws IllegalArgumentException for a non-positive size, r &lt; 2, or maxPurity outside (1/r, 1]
     */
    public static double[] generate(int width, int height, int r, double maxPurity, long seed) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("scene size must be positive, got " + width + "x" + height);
        if (r < 2) throw new IllegalArgumentException("need at least 2 endmembers, got " + r);
        if (!(maxPurity > 1.0 / r && maxPurity <= 1.0)) {
            throw new IllegalArgumentException("max purity must be in (1/" + r + ", 1], got " + maxPurity);
        }
        int n = width * height;
        SplittableRandom rng = new SplittableRandom(seed);
        double corr = Math.max(2.0, Math.max(width, height) / 6.0);
        double[] a = new double[r * n];
        for (int k = 0; k < r; k++) {
            double[] f = GaussianBlur.field(width, height, corr, rng.split());
            System.arraycopy(f, 0, a, k * n, n);
        }
        softmax(a, r, n);
        if (maxPurity >= 1.0) {
            PurePixels.place(a, r, n, PURE_PER_ENDMEMBER);
        } else {
            cap(a, r, n, maxPurity);
        }
        return a;
    }

    private static void softmax(double[] a, int r, int n) {
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < r; k++) max = Math.max(max, a[k * n + i]);
            double sum = 0;
            for (int k = 0; k < r; k++) {
                double e = Math.exp(SHARPNESS * (a[k * n + i] - max));
                a[k * n + i] = e;
                sum += e;
            }
            for (int k = 0; k < r; k++) a[k * n + i] /= sum;
        }
    }

    /** a' = t a + (1 - t)/r with t = (F - 1/r)/(max - 1/r): keeps the sum at one and brings the max to F. */
    static void cap(double[] a, int r, int n, double maxPurity) {
        double u = 1.0 / r;
        for (int i = 0; i < n; i++) {
            double max = 0;
            for (int k = 0; k < r; k++) max = Math.max(max, a[k * n + i]);
            if (max <= maxPurity) continue;
            double t = (maxPurity - u) / (max - u);
            for (int k = 0; k < r; k++) a[k * n + i] = t * a[k * n + i] + (1 - t) * u;
        }
    }
}
