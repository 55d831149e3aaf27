package dipmix.unmix.hysime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.LinearMixture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class BandCovarianceTest {

    @Test
    void eigenpairsSatisfyAvEqualsLambdaVInDescendingOrder() {
        LinearMixture m = LinearMixture.create(12, 3, 200, 2);
        double[][] s = BandCovariance.secondMoment(m.yMatrix()).toDoubleMatrix();
        SymmetricEigen eig = BandCovariance.eigen(Nd4j.createFromArray(s));
        for (int k = 0; k < 12; k++) {
            if (k > 0) assertThat(eig.values()[k]).isLessThanOrEqualTo(eig.values()[k - 1]);
            double norm = 0;
            for (int i = 0; i < 12; i++) {
                double av = 0;
                for (int j = 0; j < 12; j++) av += s[i][j] * eig.vectors()[j][k];
                assertThat(av).isCloseTo(eig.values()[k] * eig.vectors()[i][k], within(1e-9 * eig.values()[0]));
                norm += eig.vectors()[i][k] * eig.vectors()[i][k];
            }
            assertThat(norm).isCloseTo(1, within(1e-9));
        }
        // noise-free data of 3 endmembers: exactly 3 non-negligible eigenvalues
        assertThat(eig.values()[2]).isGreaterThan(1e-6 * eig.values()[0]);
        assertThat(eig.values()[3]).isLessThan(1e-6 * eig.values()[0]);
    }

    @Test
    void secondMomentMatchesTheDirectSum() {
        LinearMixture m = LinearMixture.create(5, 2, 50, 4);
        double[][] s = BandCovariance.secondMoment(m.yMatrix()).toDoubleMatrix();
        double direct = 0;
        for (int j = 0; j < 50; j++) direct += m.y()[1][j] * m.y()[3][j];
        assertThat(s[1][3]).isCloseTo(direct / 50, within(1e-6));
        double mean = 0;
        for (int j = 0; j < 50; j++) mean += m.y()[2][j];
        assertThat(BandCovariance.meanPixel(m.yMatrix())[2]).isCloseTo(mean / 50, within(1e-6));
    }
}
