package dipmix.unmix.dip;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/** The fixed random input Z of a deep image prior: uniform in [0, 0.1), as the Deep Image Prior code draws it. */
public final class RandomInput {
    private RandomInput() { }

    /** A float32 [c, h, w] array of uniform [0, 0.1) values drawn from {@code random}, in c-order. */
    public static INDArray uniform(int c, int h, int w, SplittableRandom random) {
        float[] v = new float[c * h * w];
        for (int i = 0; i < v.length; i++) v[i] = (float) (random.nextDouble() * 0.1);
        return Nd4j.create(v, new long[]{c, h, w}, 'c');
    }
}
