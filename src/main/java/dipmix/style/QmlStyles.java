package dipmix.style;

import java.awt.Color;
import java.util.List;
import java.util.StringJoiner;

/**
 * QGIS 3 layer styles (QML text) for abundance and class rasters, filled from the {@code styles/qgis} templates.
 *
 * <p>Band numbers are 1-based as in GDAL and QGIS. Abundance styles span 0..1 (abundances are fractions).
 */
public final class QmlStyles {
    private QmlStyles() {
    }

    /**
     * Band {@code band} drawn with the material's pseudocolour ramp over 0..1.
     *
     * @param band 1-based band number
     * @param material the material's name (named in a comment of the style)
     * @param ramp its colour ramp
     */
    public static String pseudocolor(int band, String material, AbundanceRamp ramp) {
        requireBand(band);
        return Template.load("qgis/singleband-pseudocolor.qml")
                .withComment("TITLE", material + " abundance")
                .with("BAND", Integer.toString(band))
                .with("MIN", "0").with("MAX", "1")
                .withXml("ITEMS", Template.rampLines("qgis/ramp-item.xml", ramp)).render();
    }

    /**
     * Three bands as a red, green, blue composite, each stretched over 0..1.
     *
     * @param bands three 1-based band numbers: red, green, blue
     * @param names the three materials' names, in the same order
     */
    public static String rgbComposite(int[] bands, List<String> names) {
        if (bands.length != 3 || names.size() != 3) {
            throw new IllegalArgumentException("an RGB composite needs 3 bands and 3 names, got " + bands.length
                    + " and " + names.size());
        }
        for (int b : bands) requireBand(b);
        return Template.load("qgis/multiband-rgb.qml")
                .withComment("RED_NAME", names.get(0)).withComment("GREEN_NAME", names.get(1))
                .withComment("BLUE_NAME", names.get(2))
                .with("RED_BAND", Integer.toString(bands[0]))
                .with("GREEN_BAND", Integer.toString(bands[1]))
                .with("BLUE_BAND", Integer.toString(bands[2]))
                .with("MIN", "0").with("MAX", "1").render();
    }

    /**
     * A paletted (unique values) style: class value i is drawn in {@code colours.get(i)} and labelled
     * {@code labels.get(i)}.
     */
    public static String paletted(int band, List<String> labels, List<Color> colours) {
        requireBand(band);
        if (labels.size() != colours.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("a palette needs as many colours as labels (at least one), got "
                    + colours.size() + " colours for " + labels.size() + " labels");
        }
        StringJoiner entries = new StringJoiner("\n");
        for (int i = 0; i < labels.size(); i++) {
            entries.add(Template.load("qgis/palette-entry.xml")
                    .with("COLOR", ColourMix.hex(colours.get(i)))
                    .with("LABEL", labels.get(i))
                    .with("VALUE", Integer.toString(i)).renderLine());
        }
        return Template.load("qgis/paletted.qml")
                .with("BAND", Integer.toString(band))
                .withXml("ENTRIES", entries.toString()).render();
    }

    private static void requireBand(int band) {
        if (band < 1) throw new IllegalArgumentException("band numbers start at 1, got " + band);
    }
}
