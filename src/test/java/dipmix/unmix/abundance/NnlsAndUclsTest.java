package dipmix.unmix.abundance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.LinearMixture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class NnlsAndUclsTest {

    @Test
    void nnlsMatchesTheBruteForceOptimumOnNoisyData() {
        LinearMixture m = LinearMixture.create(40, 4, 300, 8);
        double[][] y = m.noisy(12, 9);
        double[][] got = new Nnls().estimate(LinearMixture.floats(y), m.eMatrix()).castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] b = LinearMixture.multiply(FclsuTest.transpose(m.e()), y);
        LeastSquaresOracle oracle = new LeastSquaresOracle(m.e());
        int zeros = 0;
        for (int j = 0; j < 300; j++) {
            double[] best = oracle.solve(FclsuTest.column(b, j), false);
            for (int i = 0; i < 4; i++) {
                assertThat(got[i][j]).isGreaterThanOrEqualTo(0).isCloseTo(best[i], within(1e-5));
                if (got[i][j] == 0) zeros++;
            }
        }
        assertThat(zeros).as("entries held at the bound").isGreaterThan(20);
    }

    @Test
    void uclsIsExactOnNoiseFreeDataAndCanGoNegative() {
        LinearMixture m = LinearMixture.create(30, 3, 200, 4);
        double[][] got = new Ucls().estimate(m.yMatrix(), m.eMatrix()).castTo(DataType.DOUBLE).toDoubleMatrix();
        for (int k = 0; k < 3; k++) for (int j = 0; j < 200; j++) assertThat(got[k][j]).isCloseTo(m.a()[k][j], within(1e-4));
        double[][] noisy = new Ucls().estimate(LinearMixture.floats(m.noisy(10, 2)), m.eMatrix())
                .castTo(DataType.DOUBLE).toDoubleMatrix();
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : noisy) for (double v : row) min = Math.min(min, v);
        assertThat(min).isLessThan(0);
    }

    @Test
    void columnMajorAndViewScenesGiveTheSameAbundancesAsRowMajor() {
        LinearMixture m = LinearMixture.create(23, 3, 2100, 6); // 23 bands: not a multiple of the 4-band passes
        org.nd4j.linalg.api.ndarray.INDArray y = m.yMatrix();
        org.nd4j.linalg.api.ndarray.INDArray rowMajor = new Fclsu().estimate(y, m.eMatrix());
        assertThat(new Fclsu().estimate(y.dup('f'), m.eMatrix()).equalsWithEps(rowMajor, 1e-6)).isTrue();
        org.nd4j.linalg.api.ndarray.INDArray view = y.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(100, 2100));
        org.nd4j.linalg.api.ndarray.INDArray tail = rowMajor.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(100, 2100));
        assertThat(new Fclsu().estimate(view, m.eMatrix()).equalsWithEps(tail, 1e-6)).isTrue();
        double[][] got = rowMajor.castTo(DataType.DOUBLE).toDoubleMatrix();
        for (int k = 0; k < 3; k++) for (int j = 0; j < 2100; j++) assertThat(got[k][j]).isCloseTo(m.a()[k][j], within(1e-4));
    }

    @Test
    void kindsParseByNameAndRejectUnknownNames() {
        assertThat(EstimatorKind.parse("FCLSU").create()).isInstanceOf(Fclsu.class);
        assertThat(EstimatorKind.parse(" nnls ").create()).isInstanceOf(Nnls.class);
        assertThat(EstimatorKind.parse("ucls").create()).isInstanceOf(Ucls.class);
        assertThatThrownBy(() -> EstimatorKind.parse("sunsal"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sunsal").hasMessageContaining("fclsu");
    }
}
