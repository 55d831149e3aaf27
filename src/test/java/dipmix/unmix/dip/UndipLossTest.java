package dipmix.unmix.dip;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The masked MSE loss against a direct double-precision computation, and its gradient against finite differences. */
class UndipLossTest {

    private static INDArray random(long seed, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        INDArray a = Nd4j.create(DataType.DOUBLE, shape, 'c');
        for (long i = 0; i < a.length(); i++) a.putScalar(i, r.nextDouble());
        return a;
    }

    @Test
    void countsOnlyValidPixelsAndMatchesFiniteDifferences() {
        int p = 5;
        int r = 3;
        int n = 12;
        INDArray e = random(1, p, r);
        INDArray y = random(2, p, n);
        INDArray a = random(3, r, 3, 4);
        INDArray mask = Nd4j.ones(DataType.DOUBLE, 1, n);
        int[] invalid = {2, 7, 11};
        for (int j : invalid) {
            mask.putScalar(j, 0);
            for (int b = 0; b < p; b++) y.putScalar(b, j, 1e6);
        }
        UndipLoss loss = new UndipLoss(e, y, mask, n - invalid.length);
        INDArray grad = Nd4j.create(DataType.DOUBLE, r, 3, 4);
        double value = loss.evaluate(a, grad);

        double expected = 0;
        INDArray ea = e.mmul(a.reshape(r, n));
        for (int j = 0; j < n; j++) {
            if (mask.getDouble(j) == 0) continue;
            for (int b = 0; b < p; b++) expected += Math.pow(ea.getDouble(b, j) - y.getDouble(b, j), 2);
        }
        expected /= p * (n - invalid.length);
        assertThat(value).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));

        INDArray g2 = grad.reshape(r, n);
        for (int j : invalid) for (int k = 0; k < r; k++) assertThat(g2.getDouble(k, j)).isZero();
        INDArray scratch = Nd4j.create(DataType.DOUBLE, r, 3, 4);
        for (long i = 0; i < a.length(); i++) {
            double orig = a.getDouble(i);
            a.putScalar(i, orig + 1e-6);
            double up = loss.evaluate(a, scratch);
            a.putScalar(i, orig - 1e-6);
            double down = loss.evaluate(a, scratch);
            a.putScalar(i, orig);
            assertThat(grad.getDouble(i)).isCloseTo((up - down) / 2e-6, org.assertj.core.data.Offset.offset(1e-7));
        }
    }
}
