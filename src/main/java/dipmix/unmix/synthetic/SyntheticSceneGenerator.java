package dipmix.unmix.synthetic;

import dipmix.unmix.Endmembers;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Builds Y = E A + N from given endmembers: smooth abundances, then white noise at the requested SNR. */
public final class SyntheticSceneGenerator {
    private SyntheticSceneGenerator() {
    }

    /**
     * @param endmembers p x r spectra
     * @param snrDb SNR in dB of the added noise ({@code Double.POSITIVE_INFINITY} for none)
     * @param maxPurity largest abundance any pixel may have: 1 places pure pixels, less forbids them
     * @param seed the abundances and the noise depend on nothing else
     */
    public static SyntheticScene generate(Endmembers endmembers, int width, int height, double snrDb,
                                          double maxPurity, long seed) {
        int r = endmembers.count();
        int n = width * height;
        SplittableRandom seeds = new SplittableRandom(seed);
        long fieldSeed = seeds.nextLong();
        long noiseSeed = seeds.nextLong();
        double[] a = AbundanceFields.generate(width, height, r, maxPurity, fieldSeed);
        INDArray abundances = Nd4j.create(a, new long[]{r, n}, 'c').castTo(DataType.FLOAT);
        INDArray e = endmembers.matrix().castTo(DataType.FLOAT);
        INDArray clean = e.mmul(abundances);
        float[] cleanData = clean.dup('c').data().asFloat();
        double sigma = WhiteNoise.sigma(WhiteNoise.meanSquare(cleanData), snrDb);
        INDArray noisy = Nd4j.create(WhiteNoise.add(cleanData, snrDb, noiseSeed), new long[]{clean.rows(), n}, 'c');
        return new SyntheticScene(width, height, endmembers, abundances, clean, noisy, sigma);
    }
}
