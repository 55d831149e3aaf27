package dipmix.style;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DominantMaterialTest {
    @Test
    void picksTheLargestAbundanceFirstOnTiesAndNodataForNaN() {
        // 3 materials x 4 pixels, material-major
        float[] a = {
                0.7f, 0.1f, 0.4f, Float.NaN,
                0.2f, 0.1f, 0.4f, 0.5f,
                0.1f, 0.8f, 0.2f, 0.5f};
        byte[] c = DominantMaterial.classify(a, 3, 4);
        assertThat(c).containsExactly(0, 2, 0, (byte) DominantMaterial.NODATA);
    }

    @Test
    void rejectsWrongSizes() {
        assertThatThrownBy(() -> DominantMaterial.classify(new float[5], 2, 3))
                .hasMessageContaining("5 abundances are not 2 materials x 3 pixels");
        assertThatThrownBy(() -> DominantMaterial.classify(new float[256], 256, 1)).hasMessageContaining("256");
    }
}
