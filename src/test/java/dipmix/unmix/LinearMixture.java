package dipmix.unmix;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Test data for the linear mixing model, made here so tests depend on nothing else: random nonnegative
 * endmembers (smooth-ish spectra in [0.05, 0.95]), Dirichlet abundances whose first r pixels are pure,
 * Y = E A, and optional white Gaussian noise at a given SNR (10 log10(mean(Y²)/σ²)).
 */
public record LinearMixture(double[][] e, double[][] a, double[][] y) {

    public static LinearMixture create(int p, int r, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] e = new double[p][r];
        for (int k = 0; k < r; k++) {
            // a random walk keeps neighbouring bands correlated as in real spectra
            double v = 0.2 + 0.6 * rnd.nextDouble();
            for (int i = 0; i < p; i++) {
                v = Math.min(0.95, Math.max(0.05, v + 0.08 * (rnd.nextDouble() - 0.5)));
                e[i][k] = v;
            }
        }
        double[][] a = new double[r][n];
        for (int j = 0; j < n; j++) {
            if (j < r) {
                a[j][j] = 1;
                continue;
            }
            double s = 0;
            for (int k = 0; k < r; k++) {
                a[k][j] = -Math.log(1 - rnd.nextDouble());
                s += a[k][j];
            }
            for (int k = 0; k < r; k++) a[k][j] /= s;
        }
        return new LinearMixture(e, a, multiply(e, a));
    }

    /** Y plus seeded white Gaussian noise at the given SNR in dB. */
    public double[][] noisy(double snrDb, long seed) {
        int p = y.length;
        int n = y[0].length;
        double power = 0;
        for (double[] row : y) for (double v : row) power += v * v;
        power /= (double) p * n;
        double sigma = Math.sqrt(power / Math.pow(10, snrDb / 10));
        java.util.Random rnd = new java.util.Random(seed);
        double[][] out = new double[p][n];
        for (int i = 0; i < p; i++) for (int j = 0; j < n; j++) out[i][j] = y[i][j] + sigma * rnd.nextGaussian();
        return out;
    }

    public INDArray eMatrix() { return floats(e); }

    public INDArray aMatrix() { return floats(a); }

    public INDArray yMatrix() { return floats(y); }

    public int bands() { return e.length; }

    public int endmembers() { return a.length; }

    public int pixels() { return a[0].length; }

    public static INDArray floats(double[][] m) {
        return Nd4j.createFromArray(m).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
    }

    public static double[][] multiply(double[][] x, double[][] z) {
        int p = x.length;
        int r = z.length;
        int n = z[0].length;
        double[][] out = new double[p][n];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < r; k++) {
                double v = x[i][k];
                for (int j = 0; j < n; j++) out[i][j] += v * z[k][j];
            }
        }
        return out;
    }
}
