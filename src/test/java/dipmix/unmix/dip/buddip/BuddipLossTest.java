package dipmix.unmix.dip.buddip;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** BUDDIP's loss gradients against central finite differences, in float64, with and without a pixel mask. */
class BuddipLossTest {
    private static final int P = 5;
    private static final int R = 3;
    private static final int N = 7;

    private static INDArray random(long seed, long rows, long cols) {
        java.util.SplittableRandom g = new java.util.SplittableRandom(seed);
        double[] v = new double[(int) (rows * cols)];
        for (int i = 0; i < v.length; i++) v[i] = g.nextDouble();
        return Nd4j.create(v, new long[]{rows, cols}, 'c');
    }

    private static void checkGradients(INDArray mask) {
        INDArray y = random(1, P, N);
        INDArray eGuide = random(2, P, R);
        INDArray aGuide = random(3, R, N);
        if (mask != null) {
            y.muliRowVector(mask);
            aGuide.muliRowVector(mask);
        }
        double[] alphas = {0.7, 0.3, 1.3};
        long valid = mask == null ? N : mask.sumNumber().longValue();
        BuddipLoss loss = new BuddipLoss(y, mask, eGuide, aGuide, alphas, valid);
        INDArray e = random(4, P, R);
        INDArray a = random(5, R, N);
        INDArray dE = Nd4j.create(DataType.DOUBLE, P, R);
        INDArray dA = Nd4j.create(DataType.DOUBLE, R, N);
        double value = loss.evaluate(e, a, dE, dA);
        assertThat(value).isEqualTo(direct(y, mask, eGuide, aGuide, alphas, valid, e, a), org.assertj.core.data.Offset.offset(1e-12));
        INDArray scratchE = dE.ulike();
        INDArray scratchA = dA.ulike();
        double h = 1e-6;
        for (INDArray[] pair : new INDArray[][]{{e, dE}, {a, dA}}) {
            INDArray x = pair[0];
            for (long i = 0; i < x.length(); i++) {
                double old = x.getDouble(i);
                x.putScalar(i, old + h);
                double up = loss.evaluate(e, a, scratchE, scratchA);
                x.putScalar(i, old - h);
                double down = loss.evaluate(e, a, scratchE, scratchA);
                x.putScalar(i, old);
                assertThat(pair[1].getDouble(i)).as("entry %d", i).isCloseTo((up - down) / (2 * h),
                        org.assertj.core.data.Offset.offset(1e-7));
            }
        }
    }

    /** The loss written out term by term, masking every residual, as a reference for the class. */
    private static double direct(INDArray y, INDArray mask, INDArray eG, INDArray aG, double[] al, long valid,
                                 INDArray e, INDArray a) {
        INDArray[] r = {e.mmul(aG).sub(y), eG.mmul(a).sub(y), e.mmul(a).sub(y)};
        double sum = 0;
        for (int t = 0; t < 3; t++) {
            if (mask != null) r[t].muliRowVector(mask);
            double norm = r[t].norm2Number().doubleValue();
            sum += al[t] * 0.5 * norm * norm;
        }
        return sum / (P * valid);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        checkGradients(null);
    }

    @Test
    void gradientsMatchFiniteDifferencesWithInvalidPixels() {
        INDArray mask = Nd4j.create(new double[]{1, 0, 1, 1, 0, 1, 1}, new long[]{1, N}, 'c');
        checkGradients(mask);
    }
}
