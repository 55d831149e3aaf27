package dipmix.unmix.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.unmix.LinearMixture;
import dipmix.unmix.metrics.EndmemberMatching;
import dipmix.unmix.metrics.SpectralErrors;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ExtractorsTest {

    @ParameterizedTest
    @EnumSource(ExtractorKind.class)
    void recoversPurePixelEndmembersWithinOneDegreeOnNoiseFreeData(ExtractorKind kind) {
        for (int r : new int[]{3, 5}) {
            LinearMixture m = LinearMixture.create(50, r, 400, 20 + r);
            Extraction x = kind.create().extract(m.yMatrix(), r, 7);
            assertThat(x.endmembers().shape()).containsExactly(50, r);
            assertThat(x.endmembers().dataType()).isEqualTo(DataType.FLOAT);
            int[] perm = EndmemberMatching.bySpectralAngle(x.endmembers(), m.eMatrix());
            double[] sad = SpectralErrors.sadDegrees(EndmemberMatching.reorderColumns(x.endmembers(), perm), m.eMatrix());
            assertThat(Arrays.stream(sad).max().orElseThrow()).as(kind + " r=" + r).isLessThan(1.0);
            // the pure pixels are the first r columns of the scene
            assertThat(Arrays.stream(x.pixels()).sorted().toArray()).as(kind + " pixels")
                    .containsExactly(java.util.stream.IntStream.range(0, r).toArray());
        }
    }

    @ParameterizedTest
    @EnumSource(ExtractorKind.class)
    void sameSeedGivesTheSameEndmembers(ExtractorKind kind) {
        LinearMixture m = LinearMixture.create(30, 4, 300, 3);
        INDArray y = LinearMixture.floats(m.noisy(25, 4));
        Extraction a = kind.create().extract(y, 4, 99);
        Extraction b = kind.create().extract(y, 4, 99);
        assertThat(a.pixels()).containsExactly(b.pixels());
        assertThat(a.endmembers().equals(b.endmembers())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ExtractorKind.class)
    void aLargeUniformAreaDoesNotTrapTheSearch(ExtractorKind kind) {
        // 90% of the pixels share one spectrum, as in scenes with a uniform background (DC1): a random
        // N-FINDR start then holds repeated pixels, a flat simplex that no single swap can grow
        LinearMixture m = LinearMixture.create(40, 4, 500, 17);
        INDArray y = m.yMatrix();
        for (int j = 50; j < 500; j++) y.getColumn(j).assign(y.getColumn(20));
        Extraction x = kind.create().extract(y, 4, 3);
        int[] perm = EndmemberMatching.bySpectralAngle(x.endmembers(), m.eMatrix());
        double[] sad = SpectralErrors.sadDegrees(EndmemberMatching.reorderColumns(x.endmembers(), perm), m.eMatrix());
        assertThat(Arrays.stream(sad).max().orElseThrow()).as(kind.id()).isLessThan(1.0);
    }

    @Test
    void vcaLowSnrBranchStillFindsTheEndmembersRoughly() {
        LinearMixture m = LinearMixture.create(50, 4, 600, 12);
        INDArray y = LinearMixture.floats(m.noisy(15, 1)); // below VCA's 21 dB switch for r = 4
        Extraction x = new Vca().extract(y, 4, 1);
        int[] perm = EndmemberMatching.bySpectralAngle(x.endmembers(), m.eMatrix());
        double[] sad = SpectralErrors.sadDegrees(EndmemberMatching.reorderColumns(x.endmembers(), perm), m.eMatrix());
        assertThat(Arrays.stream(sad).max().orElseThrow()).isLessThan(6.0);
    }

    @ParameterizedTest
    @EnumSource(ExtractorKind.class)
    void impossibleRequestsAreClearErrors(ExtractorKind kind) {
        LinearMixture m = LinearMixture.create(6, 3, 10, 1);
        EndmemberExtractor ex = kind.create();
        assertThatThrownBy(() -> ex.extract(m.yMatrix(), 7, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 endmembers").hasMessageContaining("6 usable bands");
        INDArray few = m.yMatrix().getColumns(0, 1);
        assertThatThrownBy(() -> ex.extract(few, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 2 valid pixels");
        assertThatThrownBy(() -> ex.extract(Nd4j.create(DataType.FLOAT, 6, 0), 2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no valid pixel");
        assertThatThrownBy(() -> ex.extract(m.yMatrix(), 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void kindsParseByName() {
        assertThat(ExtractorKind.parse("N-FINDR").create()).isInstanceOf(Nfindr.class);
        assertThat(ExtractorKind.parse("sivm").create()).isInstanceOf(Sivm.class);
        assertThat(ExtractorKind.parse("VCA").create()).isInstanceOf(Vca.class);
        assertThatThrownBy(() -> ExtractorKind.parse("ppi")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ppi'").hasMessageContaining("nfindr");
    }
}
