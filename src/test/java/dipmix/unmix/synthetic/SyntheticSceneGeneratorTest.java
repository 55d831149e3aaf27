package dipmix.unmix.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.Endmembers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class SyntheticSceneGeneratorTest {
    /** 3 synthetic spectra over 40 bands and their wavelengths. */
    private static final double[] WL = new double[40];
    private static final double[][] LIB = new double[5][40];

    static {
        for (int b = 0; b < 40; b++) {
            WL[b] = 400 + 50 * b;
            for (int k = 0; k < 5; k++) LIB[k][b] = 0.1 + 0.8 * (0.5 + 0.5 * Math.sin(0.2 * b * (k + 1) + k));
        }
    }

    private static Endmembers draw(int r, long seed) {
        return LibrarySampler.draw(WL, LIB, List.of("a", "b", "c", "d", "e"), r, LibrarySampler.evenBands(WL, 25), seed);
    }

    @Test
    void cleanIsEndmembersTimesAbundancesAndNoiseHasTheRequestedLevel() {
        Endmembers e = draw(3, 4);
        SyntheticScene s = SyntheticSceneGenerator.generate(e, 30, 20, 25, 1.0, 9);

        INDArray a = s.abundances();
        INDArray clean = s.clean();
        int n = 600;
        for (int b = 0; b < 25; b += 6) {
            for (int i = 0; i < n; i += 37) {
                double expected = 0;
                for (int k = 0; k < 3; k++) expected += e.matrix().getDouble(b, k) * a.getDouble(k, i);
                assertThat(clean.getDouble(b, i)).isCloseTo(expected, within(1e-5));
            }
        }
        double noise = s.noisy().sub(clean).norm2Number().doubleValue();
        double rms = noise / Math.sqrt(25.0 * n);
        assertThat(rms).isCloseTo(s.sigma(), within(0.05 * s.sigma()));
        double signalMs = Math.pow(clean.norm2Number().doubleValue(), 2) / (25.0 * n);
        assertThat(10 * Math.log10(signalMs / (s.sigma() * s.sigma()))).isCloseTo(25, within(1e-4)); // float32 norms
    }

    @Test
    void deterministicGivenTheSeed() {
        SyntheticScene s1 = SyntheticSceneGenerator.generate(draw(3, 1), 10, 10, 30, 0.8, 5);
        SyntheticScene s2 = SyntheticSceneGenerator.generate(draw(3, 1), 10, 10, 30, 0.8, 5);
        assertThat(s1.noisy()).isEqualTo(s2.noisy());
        assertThat(s1.endmembers().names()).isEqualTo(s2.endmembers().names());
    }

    @Test
    void resamplingIsExactOnLinearSpectraAndPicksDistinctMaterials() {
        double[] x = {400, 500, 700, 1000};
        double[] y = {1, 2, 4, 7};
        assertThat(LibrarySampler.resample(x, y, new double[]{400, 450, 600, 850, 1000}))
                .containsExactly(new double[]{1, 1.5, 3, 5.5, 7}, within(1e-12));
        Endmembers e = draw(5, 3);
        assertThat(e.names()).doesNotHaveDuplicates().hasSize(5);
        assertThat(LibrarySampler.evenBands(WL, 3)).containsExactly(400, 1375, 2350);
    }
}
