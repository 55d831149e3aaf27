package dipmix.unmix.abundance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.LinearMixture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class FclsuTest {

    @Test
    void oracleEndmembersRecoverNoiseFreeAbundancesWithin1e4() {
        LinearMixture m = LinearMixture.create(50, 4, 600, 11);
        INDArray a = new Fclsu().estimate(m.yMatrix(), m.eMatrix());
        assertThat(a.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(a.shape()).containsExactly(4, 600);
        double[][] got = a.castTo(DataType.DOUBLE).toDoubleMatrix();
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 600; j++) assertThat(got[k][j]).isCloseTo(m.a()[k][j], within(1e-4));
        }
    }

    @Test
    void noisySolutionsSatisfyKktAndMatchTheBruteForceOptimum() {
        LinearMixture m = LinearMixture.create(40, 5, 400, 5);
        double[][] y = m.noisy(15, 3); // low SNR: many pixels end up on a face of the simplex
        INDArray a = new Fclsu().estimate(LinearMixture.floats(y), m.eMatrix());
        double[][] got = a.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] b = LinearMixture.multiply(transpose(m.e()), y);
        LeastSquaresOracle oracle = new LeastSquaresOracle(m.e());
        double tol = 1e-5 * oracle.scale();
        int onFace = 0;
        for (int j = 0; j < 400; j++) {
            double[] aj = column(got, j);
            double[] bj = column(b, j);
            double sum = 0;
            for (double v : aj) {
                assertThat(v).isGreaterThanOrEqualTo(0);
                sum += v;
            }
            assertThat(sum).isCloseTo(1, within(1e-5));
            // KKT: grad_i + mu = 0 where a_i > 0, grad_j + mu >= 0 where a_j = 0
            double[] grad = oracle.gradient(aj, bj);
            double mu = Double.NaN;
            for (int i = 0; i < aj.length; i++) if (aj[i] > 1e-6) mu = -grad[i];
            for (int i = 0; i < aj.length; i++) {
                if (aj[i] > 1e-6) assertThat(grad[i] + mu).isCloseTo(0, within(tol));
                else assertThat(grad[i] + mu).isGreaterThanOrEqualTo(-tol);
            }
            double[] best = oracle.solve(bj, true);
            for (int i = 0; i < aj.length; i++) assertThat(aj[i]).isCloseTo(best[i], within(1e-5));
            for (double v : aj) if (v == 0) { onFace++; break; }
        }
        assertThat(onFace).as("pixels with an active bound").isGreaterThan(50);
    }

    @Test
    void libraryWithNanIsRejectedWithACount() {
        LinearMixture m = LinearMixture.create(20, 3, 30, 1);
        INDArray e = m.eMatrix();
        e.putScalar(4, 1, Float.NaN);
        assertThatThrownBy(() -> new Fclsu().estimate(m.yMatrix(), e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 NaN");
    }

    @Test
    void mismatchedBandsAndDependentEndmembersAreRejected() {
        LinearMixture m = LinearMixture.create(20, 3, 30, 1);
        LinearMixture other = LinearMixture.create(21, 3, 30, 1);
        assertThatThrownBy(() -> new Fclsu().estimate(m.yMatrix(), other.eMatrix()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 bands");
        INDArray e = m.eMatrix();
        e.getColumn(2).assign(e.getColumn(0).mul(2));
        assertThatThrownBy(() -> new Fclsu().estimate(m.yMatrix(), e))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linearly dependent");
    }

    static double[][] transpose(double[][] x) {
        double[][] t = new double[x[0].length][x.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < x[0].length; j++) t[j][i] = x[i][j];
        return t;
    }

    static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) c[i] = x[i][j];
        return c;
    }
}
