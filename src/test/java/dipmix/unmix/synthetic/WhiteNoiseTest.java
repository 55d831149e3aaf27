package dipmix.unmix.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class WhiteNoiseTest {
    private static float[] signal(int n) {
        float[] y = new float[n];
        for (int i = 0; i < n; i++) y[i] = 0.2f + 0.3f * (float) Math.sin(i * 0.01);
        return y;
    }

    @Test
    void measuredSnrMatchesTheRequestedOne() {
        float[] y = signal(200_000);
        for (double snr : new double[]{10, 20, 40}) {
            float[] noisy = WhiteNoise.add(y, snr, 42);
            double noise = 0;
            for (int i = 0; i < y.length; i++) noise += Math.pow(noisy[i] - y[i], 2);
            double measured = 10 * Math.log10(WhiteNoise.meanSquare(y) / (noise / y.length));
            assertThat(measured).isCloseTo(snr, within(0.05));
        }
    }

    @Test
    void sameSeedSameNoiseAndInputUntouched() {
        float[] y = signal(1000);
        float[] copy = y.clone();
        assertThat(WhiteNoise.add(y, 25, 7)).containsExactly(WhiteNoise.add(y, 25, 7));
        assertThat(WhiteNoise.add(y, 25, 7)).isNotEqualTo(WhiteNoise.add(y, 25, 8));
        assertThat(y).containsExactly(copy);
    }

    @Test
    void matrixVersionEqualsTheArrayVersionOnRowMajorData() {
        float[] y = signal(60);
        INDArray m = Nd4j.create(y, new long[]{6, 10}, 'c');
        INDArray f = m.dup('f');

        INDArray noisy = WhiteNoise.add(f, 30, 3);

        assertThat(noisy.shape()).containsExactly(6, 10);
        assertThat(noisy.dup('c').data().asFloat()).containsExactly(WhiteNoise.add(y, 30, 3));
        assertThat(f.dup('c').data().asFloat()).containsExactly(y);
    }

    @Test
    void infiniteSnrAddsNothingAndNaNIsRefused() {
        float[] y = signal(100);
        assertThat(WhiteNoise.add(y, Double.POSITIVE_INFINITY, 1)).containsExactly(y);
        assertThat(WhiteNoise.sigma(4.0, 20)).isCloseTo(0.2, within(1e-12));
        assertThatThrownBy(() -> WhiteNoise.add(y, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
