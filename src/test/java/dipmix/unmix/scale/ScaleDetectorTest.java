package dipmix.unmix.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dipmix.unmix.LinearMixture;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class ScaleDetectorTest {
    private final LinearMixture m = LinearMixture.create(30, 3, 400, 9);

    @Test
    void fractionReflectanceIsLeftAlone() {
        ScaleDecision d = ScaleDetector.forScene(m.yMatrix());
        assertThat(d.factor()).isEqualTo(1.0);
        assertThat(d.changesData()).isFalse();
        assertThat(d.reason()).contains("0..1").contains("left unscaled");
    }

    @Test
    void tenThousandAndPercentScenesAreBroughtToFractions() {
        INDArray scaled = m.yMatrix().mul(10000);
        ScaleDecision d = ScaleDetector.forScene(scaled);
        assertThat(d.factor()).isEqualTo(1e-4);
        assertThat(d.reason()).contains("0..10000").contains("0.0001");
        assertThat(d.apply(scaled).sub(m.yMatrix()).amaxNumber().doubleValue()).isCloseTo(0, within(1e-5));
        assertThat(ScaleDetector.forScene(m.yMatrix().mul(100)).factor()).isEqualTo(0.01);
    }

    @Test
    void sceneIsScaledToTheLibrarysConvention() {
        ScaleDecision d = ScaleDetector.forSceneAndLibrary(m.yMatrix().mul(10000), m.eMatrix());
        assertThat(d.factor()).isEqualTo(1e-4);
        assertThat(d.reason()).contains("to match the library");
        ScaleDecision same = ScaleDetector.forSceneAndLibrary(m.yMatrix().mul(10000), m.eMatrix().mul(10000));
        assertThat(same.factor()).isEqualTo(1.0);
        ScaleDecision up = ScaleDetector.forSceneAndLibrary(m.yMatrix(), m.eMatrix().mul(10000));
        assertThat(up.factor()).isEqualTo(10000.0);
    }

    @Test
    void radianceLikeValuesAreReportedNotScaled() {
        ScaleDecision d = ScaleDetector.forScene(m.yMatrix().mul(1e6));
        assertThat(d.factor()).isEqualTo(1.0);
        assertThat(d.reason()).contains("too large for reflectance");
    }

    @Test
    void explicitFactorsAreCheckedAndReported() {
        assertThat(ScaleDecision.explicit(0.001).reason()).contains("0.001").contains("--scale");
        assertThatThrownBy(() -> ScaleDecision.explicit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0.0");
    }
}
