package dipmix.style;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaterialPaletteTest {
    @Test
    void firstColoursAreTableauTenAndFortyMaterialsAllDiffer() {
        assertThat(ColourMix.hex(MaterialPalette.colour(0))).isEqualTo("#4e79a7");
        assertThat(ColourMix.hex(MaterialPalette.colour(9))).isEqualTo("#bab0ac");
        List<Color> forty = MaterialPalette.colours(40);
        assertThat(new HashSet<>(forty)).hasSize(40);
        assertThat(MaterialPalette.colours(40)).isEqualTo(forty);
    }

    @Test
    void eleventhMaterialIsADarkerFirstHue() {
        Color first = MaterialPalette.colour(0);
        Color eleventh = MaterialPalette.colour(10);
        Color twentyFirst = MaterialPalette.colour(20);
        assertThat(luminance(eleventh)).isLessThan(luminance(first));
        assertThat(luminance(twentyFirst)).isGreaterThan(luminance(first));
        // same hue family: blue stays the largest channel
        assertThat(eleventh.getBlue()).isGreaterThan(eleventh.getRed());
    }

    @Test
    void rejectsNegativeIndex() {
        assertThatThrownBy(() -> MaterialPalette.colour(-1)).hasMessageContaining("-1");
    }

    static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
