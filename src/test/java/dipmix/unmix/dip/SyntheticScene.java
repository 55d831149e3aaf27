package dipmix.unmix.dip;

import dipmix.unmix.SceneMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A small noiseless linear-mixing scene for tests: positive random endmembers (bands x r) and smooth
 * abundance maps (softmax of low-frequency sinusoids), Y = E A, optionally with some pixels left out.
 */
public final class SyntheticScene {
    public final int width;
    public final int height;
    public final INDArray e;
    public final INDArray truth;
    public final SceneMatrix scene;

    public SyntheticScene(int width, int height, int bands, int r, long seed, boolean withHoles) {
        this.width = width;
        this.height = height;
        SplittableRandom random = new SplittableRandom(seed);
        float[] ev = new float[bands * r];
        for (int i = 0; i < ev.length; i++) ev[i] = (float) (0.1 + 0.8 * random.nextDouble());
        e = Nd4j.create(ev, new long[]{bands, r}, 'c');
        int n = width * height;
        double[][] f = new double[r][n];
        for (int k = 0; k < r; k++) {
            double a = 0.4 * random.nextDouble() + 0.1;
            double b = 0.4 * random.nextDouble() + 0.1;
            double c = 6 * random.nextDouble();
            for (int p = 0; p < n; p++) f[k][p] = 3 * Math.sin(a * (p / width) + b * (p % width) + c);
        }
        int[] valid = java.util.stream.IntStream.range(0, n).filter(p -> !withHoles || p % 7 != 3).toArray();
        float[] av = new float[r * valid.length];
        for (int j = 0; j < valid.length; j++) {
            double s = 0;
            for (int k = 0; k < r; k++) s += Math.exp(f[k][valid[j]]);
            for (int k = 0; k < r; k++) av[k * valid.length + j] = (float) (Math.exp(f[k][valid[j]]) / s);
        }
        truth = Nd4j.create(av, new long[]{r, valid.length}, 'c');
        INDArray y = e.mmul(truth);
        scene = new SceneMatrix(y, width, height, valid, java.util.stream.IntStream.range(0, bands).toArray(), null);
    }

    /** Root mean squared difference between {@code a} and the true abundances. */
    public double rmse(INDArray a) {
        return Math.sqrt(a.sub(truth).norm2Number().doubleValue() * a.sub(truth).norm2Number().doubleValue()
                / truth.length());
    }
}
