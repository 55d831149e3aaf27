package dipmix.unmix.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Metric functions against values worked out by hand in the comments. */
class MetricsTest {
    // reference A (2 x 3) and an estimate off by (+0.1, -0.1) on pixel 0 and (+0.3, -0.3) on pixel 2
    private final INDArray aRef = Nd4j.createFromArray(new double[][]{{0.5, 1.0, 0.2}, {0.5, 0.0, 0.8}});
    private final INDArray aHat = Nd4j.createFromArray(new double[][]{{0.6, 1.0, 0.5}, {0.4, 0.0, 0.5}});

    @Test
    void abundanceErrorsMatchHandComputedValues() {
        // per-pixel RMSE: 0.1, 0, 0.3 -> aRMSE = 0.4/3
        assertThat(AbundanceErrors.aRmse(aHat, aRef)).isCloseTo(0.4 / 3, within(1e-12));
        // squared errors 0.01,0.01,0.09,0.09 over 6 entries -> 100*sqrt(0.2/6)
        assertThat(AbundanceErrors.rmseTimes100(aHat, aRef)).isCloseTo(100 * Math.sqrt(0.2 / 6), within(1e-10));
        // absolute errors sum 0.8 over 6
        assertThat(AbundanceErrors.mae(aHat, aRef)).isCloseTo(0.8 / 6, within(1e-12));
        // ||A||^2 = 0.25+1+0.04+0.25+0+0.64 = 2.18; ||E||^2 = 0.2
        assertThat(AbundanceErrors.sreDb(aHat, aRef)).isCloseTo(10 * Math.log10(2.18 / 0.2), within(1e-10));
    }

    @Test
    void spectralAnglesAndReconstructionErrors() {
        assertThat(SpectralErrors.angleDegrees(new double[]{1, 0}, new double[]{1, 1})).isCloseTo(45, within(1e-12));
        assertThat(SpectralErrors.angleDegrees(new double[]{2, 4}, new double[]{1, 2})).isCloseTo(0, within(1e-6));
        INDArray e = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}, {1, 1}});
        INDArray eRef = Nd4j.createFromArray(new double[][]{{1, 0}, {1, 1}, {1, 1}});
        // column 0: (1,0,1) vs (1,1,1): cos = 2/sqrt(6); column 1 identical
        double[] sad = SpectralErrors.sadDegrees(e, eRef);
        assertThat(sad[0]).isCloseTo(Math.toDegrees(Math.acos(2 / Math.sqrt(6))), within(1e-10));
        assertThat(sad[1]).isCloseTo(0, within(1e-10));
        assertThat(SpectralErrors.meanSadDegrees(e, eRef)).isCloseTo(sad[0] / 2, within(1e-10));
        // E a for a = (1, 0) is (1, 0, 1); Y = (1, 1, 1): RE = 1/3
        INDArray a = Nd4j.createFromArray(new double[][]{{1}, {0}});
        INDArray y = Nd4j.createFromArray(new double[][]{{1}, {1}, {1}});
        assertThat(SpectralErrors.reconstructionError(y, e, a)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void hungarianFindsTheCheapestAssignment() {
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        // of the 6 assignments the cheapest is 0->1, 1->0, 2->2 (1+2+2 = 5); the diagonal costs 6
        assertThat(Hungarian.assign(cost)).containsExactly(1, 0, 2);
        assertThatThrownBy(() -> Hungarian.assign(new double[][]{{1, 2}})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchingUndoesAPermutationBeforeScoring() {
        INDArray eRef = Nd4j.createFromArray(new double[][]{{1, 0, 0.2}, {0, 1, 0.2}, {0.1, 0.1, 1}});
        int[] shuffle = {2, 0, 1};
        INDArray eHat = eRef.getColumns(shuffle); // estimated column j is reference column shuffle[j]
        INDArray aRef3 = Nd4j.createFromArray(new double[][]{{0.2, 0.7}, {0.3, 0.1}, {0.5, 0.2}});
        INDArray aHat3 = aRef3.getRows(shuffle);
        int[] perm = EndmemberMatching.bySpectralAngle(eHat, eRef);
        assertThat(perm).containsExactly(1, 2, 0);
        assertThat(EndmemberMatching.byAbundance(aHat3, aRef3)).containsExactly(1, 2, 0);
        MetricsReport report = MetricsReport.compute(eRef.mmul(aRef3), eHat, aHat3, eRef, aRef3, eRef.mmul(aRef3));
        assertThat(report.aSadDegrees()).isCloseTo(0, within(1e-6));
        assertThat(report.aRmse()).isCloseTo(0, within(1e-12));
        assertThat(report.re()).isCloseTo(0, within(1e-12));
        assertThat(report.matchedBy()).isEqualTo("spectral angle");
        assertThat(report.toMap()).containsKeys("aRmse", "rmseTimes100", "sadDegrees", "spectralMse");
        MetricsReport noRef = MetricsReport.compute(eRef.mmul(aRef3), eHat, aHat3, null, null, null);
        assertThat(noRef.toMap()).containsOnlyKeys("matching", "matchedBy", "re");
    }
}
