package dipmix.style;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AbundanceRampTest {
    @Test
    void lightnessFallsMonotonicallyFromZeroToOneForEveryMaterial() {
        for (int k = 0; k < 25; k++) {
            AbundanceRamp ramp = AbundanceRamp.forMaterial(k);
            double previous = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= 100; i++) {
                double l = MaterialPaletteTest.luminance(ramp.colourAt(i / 100.0));
                assertThat(l).as("material %d at %d%%", k, i).isLessThanOrEqualTo(previous);
                previous = l;
            }
            assertThat(MaterialPaletteTest.luminance(ramp.colourAt(0)))
                    .isGreaterThan(MaterialPaletteTest.luminance(ramp.colourAt(1)) + 0.2);
        }
    }

    @Test
    void stopsSpanZeroToOneAndHoldTheMaterialColourAtThreeQuarters() {
        Color orange = MaterialPalette.colour(1);
        List<AbundanceRamp.Stop> stops = AbundanceRamp.forMaterial(1).stops();
        assertThat(stops).extracting(AbundanceRamp.Stop::value).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(stops.get(3).colour()).isEqualTo(orange);
        assertThat(stops.get(0).colour().getRed()).isGreaterThan(240); // near-white tint
    }

    @Test
    void colourAtInterpolatesBetweenStopsClampsAndMapsNaNToNull() {
        AbundanceRamp ramp = AbundanceRamp.forMaterial(4);
        List<AbundanceRamp.Stop> stops = ramp.stops();
        for (AbundanceRamp.Stop s : stops) assertThat(ramp.colourAt(s.value())).isEqualTo(s.colour());
        Color a = stops.get(1).colour(), b = stops.get(2).colour();
        Color mid = ramp.colourAt(0.375);
        assertThat(mid.getRed()).isCloseTo((a.getRed() + b.getRed()) / 2, org.assertj.core.api.Assertions.within(1));
        assertThat(mid.getGreen()).isCloseTo((a.getGreen() + b.getGreen()) / 2, org.assertj.core.api.Assertions.within(1));
        assertThat(ramp.colourAt(-3)).isEqualTo(stops.get(0).colour());
        assertThat(ramp.colourAt(7)).isEqualTo(stops.get(4).colour());
        assertThat(ramp.colourAt(Double.NaN)).isNull();
    }
}
