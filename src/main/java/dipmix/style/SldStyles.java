package dipmix.style;

import java.util.List;
import java.util.StringJoiner;

/**
 * SLD 1.0.0 documents for GeoServer, filled from the {@code styles/sld} templates: a RasterSymbolizer with a
 * ColorMap per abundance band, selecting the band with ChannelSelection/GrayChannel.
 *
 * <p>The ColorMap entries are the {@link AbundanceRamp} stops, so GeoServer's linear ramp interpolation shows the
 * same colours as QGIS. Only SLD 1.0.0 elements are used (no GeoServer extensions such as ColorMap/@type).
 */
public final class SldStyles {
    private SldStyles() {
    }

    /**
     * One NamedLayer holding one UserStyle per material; the UserStyle of material i styles band i+1 and is named
     * after the material. The style of {@code defaultIndex} is marked IsDefault=1.
     *
     * @param layerName the NamedLayer name (GeoServer matches it to the layer; the raster's base name)
     * @param materials material names in band order
     * @param defaultIndex 0-based index of the default style
     */
    public static String abundance(String layerName, List<String> materials, int defaultIndex) {
        if (materials.isEmpty()) throw new IllegalArgumentException("an SLD needs at least one material");
        if (defaultIndex < 0 || defaultIndex >= materials.size()) {
            throw new IllegalArgumentException("default style index " + defaultIndex + " is outside 0.."
                    + (materials.size() - 1));
        }
        StringJoiner styles = new StringJoiner("\n");
        for (int i = 0; i < materials.size(); i++) {
            styles.add(userStyle(materials.get(i), i + 1, AbundanceRamp.forMaterial(i), i == defaultIndex));
        }
        return Template.load("sld/abundance.sld")
                .with("LAYER_NAME", layerName)
                .withXml("USER_STYLES", styles.toString()).render();
    }

    /** A document with the single UserStyle of one band, for styling that band as its own GeoServer layer. */
    public static String singleBand(String layerName, String material, int band, AbundanceRamp ramp) {
        if (band < 1) throw new IllegalArgumentException("band numbers start at 1, got " + band);
        return Template.load("sld/abundance.sld")
                .with("LAYER_NAME", layerName)
                .withXml("USER_STYLES", userStyle(material, band, ramp, true)).render();
    }

    private static String userStyle(String material, int band, AbundanceRamp ramp, boolean isDefault) {
        return Template.load("sld/user-style.xml")
                .with("STYLE_NAME", material)
                .with("TITLE", material + " abundance")
                .with("IS_DEFAULT", isDefault ? "1" : "0")
                .with("CHANNEL", Integer.toString(band))
                .withXml("ENTRIES", Template.rampLines("sld/colormap-entry.xml", ramp)).render().stripTrailing();
    }
}
