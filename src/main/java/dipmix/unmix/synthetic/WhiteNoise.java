package dipmix.unmix.synthetic;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded white Gaussian noise at a signal-to-noise ratio, with SNR(dB) = 10 log10(mean(Y²) / σ²): σ is set from
 * the mean square of all entries of the clean data. The same (data, snr, seed) always gives the same noise.
 */
public final class WhiteNoise {
    private WhiteNoise() {
    }

    /** The noise standard deviation σ giving {@code snrDb} over data with this mean square; 0 for infinite SNR. */
    public static double sigma(double meanSquare, double snrDb) {
        if (Double.isNaN(snrDb)) throw new IllegalArgumentException("SNR must be a number of dB, got NaN");
        if (!(meanSquare >= 0) || Double.isInfinite(meanSquare)) {
            throw new IllegalArgumentException("mean square of the data must be finite and >= 0, got " + meanSquare);
        }
        if (snrDb == Double.POSITIVE_INFINITY) return 0.0;
        return Math.sqrt(meanSquare / Math.pow(10.0, snrDb / 10.0));
    }

    /** mean(y²) over all entries, accumulated in double. */
    public static double meanSquare(float[] y) {
        if (y.length == 0) throw new IllegalArgumentException("no data to add noise to");
        double s = 0;
        for (float v : y) s += (double) v * v;
        return s / y.length;
    }

    /** A noisy copy of {@code y} (any layout: every entry gets independent noise); {@code y} is left unchanged. */
    public static float[] add(float[] y, double snrDb, long seed) {
        double sigma = sigma(meanSquare(y), snrDb);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) out[i] = (float) (y[i] + sigma * rng.nextGaussian());
        return out;
    }

    /**
     * A noisy float32 copy of a p x n matrix; {@code y} is left unchanged. Entries get noise in row-major order,
     * so the result equals {@link #add(float[], double, long)} on the 'c'-ordered data.
     */
    public static INDArray add(INDArray y, double snrDb, long seed) {
        float[] data = y.castTo(DataType.FLOAT).dup('c').data().asFloat();
        return Nd4j.create(add(data, snrDb, seed), y.shape(), 'c');
    }
}
