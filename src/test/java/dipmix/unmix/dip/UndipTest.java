package dipmix.unmix.dip;

import dipmix.unmix.CancelledException;
import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.synthetic.WhiteNoise;
import dipmix.unmix.dip.nn.UnetConfig;
import dipmix.unmix.dip.nn.Upsampling;
import dipmix.unmix.dip.optim.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UnDIP end to end on small synthetic scenes (at most 32 x 32 pixels and 200 iterations; kept well below so the class stays short on a shared 2-core machine). */
class UndipTest {
    /** The paper's shape at 16 channels: same code paths, a fraction of the time. */
    private static final UnetConfig NARROW = new UnetConfig(new int[]{16}, new int[]{16}, new int[]{4}, new int[]{1},
            Upsampling.BILINEAR, 0.1);

    private static UndipOptions narrow(int iterations) {
        return UndipOptions.defaults().withConfig(NARROW).withIterations(iterations).withSeed(3);
    }

    private static void assertAbundances(INDArray a, int r, int n) {
        assertThat(a.shape()).containsExactly(r, n);
        assertThat(a.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0);
        INDArray sums = a.sum(0);
        assertThat(sums.sub(1).amaxNumber().doubleValue()).isLessThan(1e-5);
    }

    @Test
    void paperNetworkLowersTheLossAndReturnsAbundances() {
        SyntheticScene s = new SyntheticScene(12, 12, 12, 3, 1, false);
        UndipResult res = Undip.run(s.scene, s.e, UndipOptions.defaults().withIterations(30), Monitor.NONE);
        assertThat(res.iterations()).isEqualTo(30);
        assertThat(res.lossHistory()).hasSize(30);
        assertThat(res.finalLoss()).isLessThan(0.3 * res.lossHistory()[0]);
        assertThat(res.secondsPerIteration()).isPositive();
        assertAbundances(res.abundances(), 3, 144);
    }

    @Test
    void recoversTheTrueAbundancesGivenTheTrueEndmembers() {
        SyntheticScene s = new SyntheticScene(20, 20, 16, 3, 2, false);
        UndipResult res = Undip.run(s.scene, s.e, narrow(100).withLearningRate(1e-2).withAveragingWeight(0.9),
                Monitor.NONE);
        assertAbundances(res.abundances(), 3, 400);
        // uniform abundances (1/3 everywhere) would be far off; the fit must get close to the truth
        INDArray uniform = Nd4j.valueArrayOf(s.truth.shape(), 1.0 / 3).castTo(s.truth.dataType());
        assertThat(s.rmse(uniform)).isGreaterThan(0.25);
        assertThat(s.rmse(res.abundances())).isLessThan(0.03);
    }

    @Test
    void onNoisyDataItBeatsFclsuWithTheSameEndmembers() {
        // the deep image prior's point (seed report: robust down to 20 dB): on smooth abundances at 20 dB the
        // per-pixel FCLSU solution carries the noise, the network's averaged output much less of it
        // (measured 0.031 against 0.042; bench UndipNoiseBench has the sweep)
        SyntheticScene s = new SyntheticScene(24, 24, 16, 3, 5, false);
        SceneMatrix noisy = new SceneMatrix(WhiteNoise.add(s.scene.y(), 20, 11), 24, 24, s.scene.pixelIndex(),
                s.scene.bandIndex(), null);
        double fclsu = s.rmse(new Fclsu().estimate(noisy.y(), s.e));
        UndipResult res = Undip.run(noisy, s.e, narrow(150).withLearningRate(1e-2).withAveragingWeight(0.9),
                Monitor.NONE);
        assertAbundances(res.abundances(), 3, 576);
        assertThat(fclsu).isGreaterThan(0.03);
        assertThat(s.rmse(res.abundances())).isLessThan(0.85 * fclsu);
    }

    @Test
    void stoppingAtTheNoiseLevelEndsBeforeTheLimitOnNoisyDataAndNotOnCleanData() {
        SyntheticScene s = new SyntheticScene(24, 24, 16, 3, 5, false);
        SceneMatrix noisy = new SceneMatrix(WhiteNoise.add(s.scene.y(), 20, 11), 24, 24, s.scene.pixelIndex(),
                s.scene.bandIndex(), null);
        UndipOptions options = narrow(200).withLearningRate(1e-2).withAveragingWeight(0.9).withStopAtNoise(true);
        UndipResult res = Undip.run(noisy, s.e, options, Monitor.NONE);
        double fclsu = s.rmse(new Fclsu().estimate(noisy.y(), s.e));
        // 20 dB on this scene: sigma^2 = mean(Y^2) / 100; the threshold lies between FCLSU's fit, which absorbs
        // r - 1 = 2 of the 16 noise dimensions (sigma^2 14/16), and sigma^2 itself
        double sigma2 = s.scene.y().mul(s.scene.y()).meanNumber().doubleValue() / 100;
        assertThat(res.stopThreshold()).isBetween(0.875 * sigma2, sigma2);
        assertThat(res.earlyStopped()).isTrue();
        assertThat(res.iterations()).isLessThan(200);
        assertAbundances(res.abundances(), 3, 576);
        assertThat(s.rmse(res.abundances())).isLessThan(0.85 * fclsu);

        UndipResult clean = Undip.run(s.scene, s.e, narrow(60).withLearningRate(1e-2).withStopAtNoise(true), Monitor.NONE);
        assertThat(clean.earlyStopped()).isFalse();
        assertThat(clean.iterations()).isEqualTo(60);
    }

    @Test
    void aSeededRunReproducesExactlyAndAnotherSeedDiffers() {
        SyntheticScene s = new SyntheticScene(12, 11, 8, 3, 3, false);
        INDArray a1 = Undip.run(s.scene, s.e, narrow(10), Monitor.NONE).abundances();
        INDArray a2 = Undip.run(s.scene, s.e, narrow(10), Monitor.NONE).abundances();
        INDArray b = Undip.run(s.scene, s.e, narrow(10).withSeed(4), Monitor.NONE).abundances();
        assertThat(a1.equals(a2)).isTrue();
        assertThat(a1.sub(b).amaxNumber().doubleValue()).isGreaterThan(1e-4);
    }

    @Test
    void oddSizesComeBackAtTheInputSizeForEveryPreset() {
        SyntheticScene s = new SyntheticScene(19, 17, 8, 3, 4, false);
        for (UndipPreset preset : UndipPreset.values()) {
            UnetConfig c = preset.config();
            // same depth, skips and upsampling as the preset at width 8, to keep the test fast
            int[] w = new int[c.levels()];
            java.util.Arrays.fill(w, 8);
            UnetConfig small = new UnetConfig(w, w, c.skipWidth(), c.skipConvs(), c.upsampling(), c.leakySlope());
            UndipResult res = Undip.run(s.scene, s.e, UndipOptions.defaults().withPreset(preset).withConfig(small)
                    .withIterations(3), Monitor.NONE);
            assertAbundances(res.abundances(), 3, 19 * 17);
        }
        UnetConfig transposed = new UnetConfig(new int[]{8, 8}, new int[]{8, 8}, new int[]{4, 4}, new int[]{0, 2},
                Upsampling.TRANSPOSED, 0.1);
        assertAbundances(Undip.run(s.scene, s.e, narrow(3).withConfig(transposed), Monitor.NONE).abundances(), 3, 323);
    }

    @Test
    void invalidPixelsAreLeftOutOfTheLossAndTheResult() {
        SyntheticScene s = new SyntheticScene(15, 13, 10, 3, 5, true);
        assertThat(s.scene.isComplete()).isFalse();
        UndipResult res = Undip.run(s.scene, s.e, narrow(25).withLearningRate(1e-2), Monitor.NONE);
        assertAbundances(res.abundances(), 3, s.scene.pixels());
        assertThat(res.finalLoss()).isLessThan(0.3 * res.lossHistory()[0]);
    }

    @Test
    void everyOptimiserLowersTheLoss() {
        SyntheticScene s = new SyntheticScene(10, 10, 8, 3, 6, false);
        for (OptimizerKind kind : OptimizerKind.values()) {
            UndipResult res = Undip.run(s.scene, s.e, narrow(15).withOptimizer(kind), Monitor.NONE);
            assertThat(res.finalLoss()).as(kind.name()).isLessThan(0.5 * res.lossHistory()[0]);
        }
    }

    @Test
    void reportsEveryIterationAndStopsWhenCancelled() {
        SyntheticScene s = new SyntheticScene(10, 10, 8, 3, 7, false);
        List<double[]> seen = new ArrayList<>();
        Monitor monitor = new Monitor() {
            @Override
            public void iteration(int iteration, int total, double loss) {
                seen.add(new double[]{iteration, total, loss});
            }

            @Override
            public boolean cancelled() {
                return seen.size() >= 4;
            }
        };
        assertThatThrownBy(() -> Undip.run(s.scene, s.e, narrow(50), monitor)).isInstanceOf(CancelledException.class);
        assertThat(seen).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(seen.get(i)[0]).isEqualTo(i + 1);
            assertThat(seen.get(i)[1]).isEqualTo(50);
            assertThat(seen.get(i)[2]).isPositive();
        }
    }

    @Test
    void earlyStopFiresOnlyWhenAsked() {
        SyntheticScene s = new SyntheticScene(10, 10, 8, 3, 8, false);
        UndipResult loose = Undip.run(s.scene, s.e, narrow(100).withEarlyStop(0.5, 3), Monitor.NONE);
        assertThat(loose.earlyStopped()).isTrue();
        assertThat(loose.iterations()).isEqualTo(6);
        UndipResult off = Undip.run(s.scene, s.e, narrow(12), Monitor.NONE);
        assertThat(off.earlyStopped()).isFalse();
        assertThat(off.iterations()).isEqualTo(12);
    }

    @Test
    void initialMapsReplaceTheRandomInput() {
        SyntheticScene s = new SyntheticScene(10, 9, 8, 3, 9, false);
        INDArray maps = s.truth.reshape(3, 9, 10);
        INDArray fromMaps = Undip.run(s.scene, s.e, narrow(10).withInitialMaps(maps), Monitor.NONE).abundances();
        INDArray random = Undip.run(s.scene, s.e, narrow(10), Monitor.NONE).abundances();
        assertAbundances(fromMaps, 3, 90);
        assertThat(fromMaps.sub(random).amaxNumber().doubleValue()).isGreaterThan(1e-4);
        assertThatThrownBy(() -> Undip.run(s.scene, s.e, narrow(10).withInitialMaps(Nd4j.zeros(3, 10, 9)), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 x 9 x 10");
    }

    @Test
    void refusesScenesOverTheMemoryBudgetAndBadInputs() {
        SyntheticScene s = new SyntheticScene(10, 10, 8, 3, 10, false);
        long need = Undip.estimateBytes(10, 10, 8, 3, UndipOptions.defaults());
        assertThat(need).isPositive();
        assertThat(Undip.estimateBytes(100, 100, 198, 4, UndipOptions.defaults())).isGreaterThan(10 * need);
        assertThatThrownBy(() -> Undip.run(s.scene, s.e, narrow(5).withMemoryBudget(1000), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
        assertThatThrownBy(() -> Undip.run(s.scene, Nd4j.rand(7, 3), narrow(5), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 rows");
        assertThatThrownBy(() -> Undip.run(s.scene, s.e, UndipOptions.defaults().withPreset(UndipPreset.DEEP), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
        assertThatThrownBy(() -> UndipOptions.defaults().withLearningRate(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
