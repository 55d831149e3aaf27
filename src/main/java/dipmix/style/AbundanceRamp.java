package dipmix.style;

import java.awt.Color;
import java.util.List;

/**
 * A single-hue sequential colour ramp for one material's abundance over 0..1: a pale tint of the material colour at
 * 0, the colour itself at 0.75 and a darker shade at 1.
 *
 * <p>Lightness falls monotonically from 0 to 1 (perceptually ordered, like ColorBrewer's single-hue ramps), and the
 * hue tells the material. QML, SLD and the quicklook all use {@link #stops()} with linear interpolation between them,
 * so they agree exactly.
 *
 * @param material the material's colour
 */
public record AbundanceRamp(Color material) {
    /** Values where the ramp has a stop; between stops colours are interpolated linearly. */
    private static final double[] STOP_VALUES = {0.0, 0.25, 0.5, 0.75, 1.0};
    private static final double FULL_COLOUR_AT = 0.75;

    /** A colour at a ramp position. */
    public record Stop(double value, Color colour) {
    }

    public AbundanceRamp {
        if (material == null) throw new IllegalArgumentException("a ramp needs a material colour, got null");
    }

    /** The ramp of material {@code index} in {@link MaterialPalette}. */
    public static AbundanceRamp forMaterial(int index) {
        return new AbundanceRamp(MaterialPalette.colour(index));
    }

    /** The stops, at 0, 0.25, 0.5, 0.75 and 1. */
    public List<Stop> stops() {
        return java.util.Arrays.stream(STOP_VALUES).mapToObj(v -> new Stop(v, exact(v))).toList();
    }

    /**
     * The colour for abundance {@code value}: values outside 0..1 are clamped, NaN gives null (no data).
     */
    public Color colourAt(double value) {
        if (Double.isNaN(value)) return null;
        double v = Math.max(0, Math.min(1, value));
        for (int i = 1; i < STOP_VALUES.length; i++) {
            if (v <= STOP_VALUES[i]) {
                double t = (v - STOP_VALUES[i - 1]) / (STOP_VALUES[i] - STOP_VALUES[i - 1]);
                return ColourMix.mix(exact(STOP_VALUES[i - 1]), exact(STOP_VALUES[i]), t);
            }
        }
        return exact(1.0);
    }

    // the defining curve; colourAt interpolates between its values at the stops, as QGIS and GeoServer do
    private Color exact(double v) {
        Color tint = ColourMix.mix(Color.WHITE, material, 0.08);
        Color shade = ColourMix.mix(material, Color.BLACK, 0.45);
        if (v <= FULL_COLOUR_AT) return ColourMix.mix(tint, material, v / FULL_COLOUR_AT);
        return ColourMix.mix(material, shade, (v - FULL_COLOUR_AT) / (1 - FULL_COLOUR_AT));
    }
}
