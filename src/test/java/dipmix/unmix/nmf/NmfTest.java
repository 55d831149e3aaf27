package dipmix.unmix.nmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.CancelledException;
import dipmix.unmix.LinearMixture;
import dipmix.unmix.Monitor;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.extract.Vca;
import dipmix.unmix.metrics.SpectralErrors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class NmfTest {

    @Test
    void improvesOnItsVcaFclsuStartAndKeepsAbundancesNearTheSimplex() {
        LinearMixture m = LinearMixture.create(40, 4, 500, 31);
        INDArray y = LinearMixture.floats(m.noisy(30, 2));
        INDArray e0 = new Vca().extract(y, 4, 5).endmembers();
        double startRe = SpectralErrors.reconstructionError(y, e0, new Fclsu().estimate(y, e0));
        List<Double> losses = new ArrayList<>();
        Monitor record = new Monitor() {
            @Override
            public void iteration(int iteration, int total, double loss) {
                losses.add(loss);
            }
        };
        NmfResult res = Nmf.run(y, 4, NmfOptions.defaults().withIterations(200).withTolerance(0).withSeed(5), record);
        assertThat(res.iterations()).isEqualTo(200);
        assertThat(losses).hasSize(200);
        double finalRe = SpectralErrors.reconstructionError(y, res.endmembers(), res.abundances());
        assertThat(finalRe).isLessThan(startRe);
        assertThat(losses.get(199)).isLessThan(losses.get(0));
        double[] sums = res.abundances().castTo(DataType.DOUBLE).sum(0).toDoubleVector();
        for (double s : sums) assertThat(s).isCloseTo(1, within(0.05));
        assertThat(res.abundances().minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(res.endmembers().minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void toleranceStopsEarlyAndCancellationStops() {
        LinearMixture m = LinearMixture.create(20, 3, 100, 4);
        NmfResult res = Nmf.run(m.yMatrix(), 3, NmfOptions.defaults().withIterations(5000).withTolerance(1e-3), Monitor.NONE);
        assertThat(res.iterations()).isLessThan(5000);
        Monitor stopAfterThree = new Monitor() {
            int seen;

            @Override
            public void iteration(int iteration, int total, double loss) {
                seen = iteration;
            }

            @Override
            public boolean cancelled() {
                return seen >= 3;
            }
        };
        assertThatThrownBy(() -> Nmf.run(m.yMatrix(), 3, NmfOptions.defaults().withTolerance(0), stopAfterThree))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void badOptionsAreRejected() {
        assertThatThrownBy(() -> NmfOptions.defaults().withIterations(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 iteration");
        assertThatThrownBy(() -> new NmfOptions(10, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
