package dipmix.unmix.hysime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.unmix.LinearMixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class HySimeTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void findsTheTrueNumberOfEndmembersAt30Db(int r) {
        LinearMixture m = LinearMixture.create(60, r, 1024, 100 + r);
        HySimeResult h = HySime.estimate(LinearMixture.floats(m.noisy(30, r)));
        assertThat(h.r()).isEqualTo(r);
        assertThat(h.eigenvalues()).hasSize(60);
        assertThat(h.eigenvalues()[0]).isGreaterThanOrEqualTo(h.eigenvalues()[59]);
    }

    @Test
    void estimatesTheWhiteNoiseVariancePerBand() {
        LinearMixture m = LinearMixture.create(40, 4, 2000, 5);
        double power = 0;
        for (double[] row : m.y()) for (double v : row) power += v * v;
        double sigma2 = power / (40 * 2000) / Math.pow(10, 2.5); // 25 dB
        HySimeResult h = HySime.estimate(LinearMixture.floats(m.noisy(25, 6)));
        double mean = java.util.Arrays.stream(h.bandNoiseVariance()).average().orElseThrow();
        assertThat(mean / sigma2).isBetween(0.85, 1.15);
    }

    @Test
    void rejectsSingleBandAndNonFiniteScenes() {
        assertThatThrownBy(() -> HySime.estimate(Nd4j.ones(DataType.FLOAT, 1, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 bands");
        var y = Nd4j.ones(DataType.FLOAT, 4, 10);
        y.putScalar(1, 2, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> HySime.estimate(y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 NaN or infinite");
    }
}
