package dipmix.unmix.dip.buddip;

import dipmix.unmix.CancelledException;
import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.dip.nn.UnetConfig;
import dipmix.unmix.dip.nn.Upsampling;
import dipmix.unmix.metrics.MetricsReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BUDDIP end to end on a small synthetic USGS scene without pure pixels (24 x 24, 40 bands, r = 3). */
class BuddipTest {
    /** UnDIP's reference shape at 16 channels: same code paths, a fraction of the time. */
    private static final UnetConfig NARROW = new UnetConfig(new int[]{16}, new int[]{16}, new int[]{4}, new int[]{1},
            Upsampling.BILINEAR, 0.1);
    private static NoPureScene scene;

    @BeforeAll
    static void build() {
        scene = new NoPureScene(24, 40, 30, 0.8, 1);
    }

    private static BuddipOptions options(int iterations) {
        return BuddipOptions.defaults().withAdipNetwork(NARROW).withIterations(iterations).withSeed(5);
    }

    private static void assertOnSimplex(INDArray a, int r, int n) {
        assertThat(a.shape()).containsExactly(r, n);
        assertThat(a.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0);
        assertThat(a.sum(0).sub(1).amaxNumber().doubleValue()).isLessThan(1e-5);
    }

    @Test
    void endmembersAndAbundancesEndCloserToTheTruthThanTheGuidance() {
        // a short run: averaging at 0.9 so the result reflects the trained outputs rather than the first ones
        BuddipResult res = Buddip.run(scene.scene, scene.guideE, scene.guideA,
                options(150).withAveragingWeight(0.9), Monitor.NONE);
        assertOnSimplex(res.abundances(), 3, 576);
        INDArray eTrue = scene.truth.endmembers().matrix();
        MetricsReport guide = MetricsReport.compute(scene.truth.noisy(), scene.guideE, scene.guideA, eTrue,
                scene.truth.abundances(), null);
        MetricsReport buddip = MetricsReport.compute(scene.truth.noisy(), res.endmembers(), res.abundances(), eTrue,
                scene.truth.abundances(), null);
        // without pure pixels SiVM's picks are mixtures: several degrees off
        assertThat(guide.aSadDegrees()).isGreaterThan(5.0);
        assertThat(buddip.aSadDegrees()).isLessThan(guide.aSadDegrees() - 1.0);
        assertThat(buddip.aRmse()).isLessThan(guide.aRmse());
        assertThat(res.endmembers().minNumber().doubleValue()).isGreaterThan(0.0);
        assertThat(res.endmembers().maxNumber().doubleValue()).isLessThan(res.scale());
        assertThat(res.finalLoss()).isLessThan(res.lossHistory()[0]);
    }

    @Test
    void aSeededRunReproducesExactlyAndAnotherSeedDiffers() {
        BuddipResult a = Buddip.run(scene.scene, scene.guideE, scene.guideA, options(8), Monitor.NONE);
        BuddipResult b = Buddip.run(scene.scene, scene.guideE, scene.guideA, options(8), Monitor.NONE);
        BuddipResult c = Buddip.run(scene.scene, scene.guideE, scene.guideA, options(8).withSeed(6), Monitor.NONE);
        assertThat(a.abundances().equals(b.abundances())).isTrue();
        assertThat(a.endmembers().equals(b.endmembers())).isTrue();
        assertThat(a.lossHistory()).containsExactly(b.lossHistory());
        assertThat(a.abundances().sub(c.abundances()).amaxNumber().doubleValue()).isGreaterThan(1e-4);
    }

    @Test
    void theEndmemberNetworkStartsAtTheGuidance() {
        // with a2 = a3 = 0 nothing moves A, and one iteration with no averaging reports f_E before any step
        for (DipInput input : DipInput.values()) {
            BuddipResult res = Buddip.run(scene.scene, scene.guideE, scene.guideA,
                    options(1).withAveragingWeight(0).withAlphas(1, 0, 0).withEdipInput(input), Monitor.NONE);
            assertThat(res.endmembers().sub(scene.guideE).amaxNumber().doubleValue()).as(input.name()).isLessThan(1e-5);
        }
    }

    @Test
    void invalidPixelsAreLeftOutAndTheRandomInputsWork() {
        int[] valid = IntStream.range(0, 576).filter(i -> i % 5 != 2).toArray();
        INDArray y = scene.truth.noisy().get(NDArrayIndex.all(),
                NDArrayIndex.indices(toLong(valid))).dup('c');
        INDArray guideA = scene.guideA.get(NDArrayIndex.all(),
                NDArrayIndex.indices(toLong(valid))).dup('c');
        SceneMatrix holes = new SceneMatrix(y, 24, 24, valid, IntStream.range(0, 40).toArray(), null);
        for (DipInput input : DipInput.values()) {
            BuddipResult res = Buddip.run(holes, scene.guideE, guideA, options(20).withAdipInput(input).withEdipInput(input),
                    Monitor.NONE);
            assertOnSimplex(res.abundances(), 3, valid.length);
            assertThat(res.finalLoss()).as(input.name()).isLessThan(res.lossHistory()[0]);
        }
    }

    private static long[] toLong(int[] v) {
        return IntStream.of(v).asLongStream().toArray();
    }

    @Test
    void reportsEveryIterationAndStopsWhenCancelled() {
        List<Integer> iterations = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        Monitor stopAfterThree = new Monitor() {
            @Override
            public void iteration(int iteration, int total, double loss) {
                assertThat(total).isEqualTo(40);
                iterations.add(iteration);
                losses.add(loss);
            }

            @Override
            public boolean cancelled() {
                return iterations.size() == 3;
            }
        };
        assertThatThrownBy(() -> Buddip.run(scene.scene, scene.guideE, scene.guideA, options(40), stopAfterThree))
                .isInstanceOf(CancelledException.class);
        assertThat(iterations).containsExactly(1, 2, 3);
        assertThat(losses).allSatisfy(l -> assertThat(l).isPositive().isFinite());
    }

    @Test
    void refusesBadInputsAndScenesOverTheBudget() {
        assertThatThrownBy(() -> Buddip.run(scene.scene, Nd4j.rand(39, 3), scene.guideA, options(2), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40 rows");
        assertThatThrownBy(() -> Buddip.run(scene.scene, scene.guideE, Nd4j.rand(3, 575), options(2), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 x 576");
        INDArray nan = scene.guideE.dup();
        nan.putScalar(0, Double.NaN);
        assertThatThrownBy(() -> Buddip.run(scene.scene, nan, scene.guideA, options(2), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Buddip.run(scene.scene, scene.guideE, scene.guideA, options(2).withMemoryBudget(1000),
                Monitor.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
        assertThat(Buddip.estimateBytes(100, 100, 198, 4, BuddipOptions.defaults()))
                .isGreaterThan(10 * Buddip.estimateBytes(24, 24, 40, 3, BuddipOptions.defaults()));
        assertThatThrownBy(() -> BuddipOptions.defaults().withAlphas(1, -0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
        assertThatThrownBy(() -> BuddipOptions.defaults().withAlphas(0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> BuddipOptions.defaults().withLearningRate(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learning rate");
    }
}
