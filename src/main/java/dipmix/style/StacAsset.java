package dipmix.style;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of a STAC Item's assets.
 *
 * @param key the asset's key in the Item's assets object (unique within an Item)
 * @param file the file; written as an href relative to the Item's folder
 * @param mediaType its media type
 * @param roles STAC roles, e.g. "data", "style", "overview", "metadata"
 * @param title a human title, or null
 */
public record StacAsset(String key, Path file, String mediaType, List<String> roles, String title) {
    public static final String GEOTIFF = "image/tiff; application=geotiff";

    public StacAsset {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a STAC asset needs a key");
        if (file == null) throw new IllegalArgumentException("STAC asset '" + key + "' has no file");
        roles = List.copyOf(roles);
    }

    /** A QGIS layer style. */
    public static StacAsset qml(String key, Path file) {
        return new StacAsset(key, file, "application/xml", List.of("style"), "QGIS style");
    }

    /** An SLD 1.0 style. */
    public static StacAsset sld(String key, Path file) {
        return new StacAsset(key, file, "application/vnd.ogc.sld+xml", List.of("style"), "SLD 1.0 style");
    }

    /** A PNG plot or quicklook. */
    public static StacAsset png(String key, Path file, String title) {
        return new StacAsset(key, file, "image/png", List.of("overview", "visual"), title);
    }

    /** A CSV table, such as the endmember spectra. */
    public static StacAsset csv(String key, Path file, String title) {
        return new StacAsset(key, file, "text/csv", List.of("metadata"), title);
    }

    /** A JSON run report. */
    public static StacAsset jsonReport(String key, Path file) {
        return new StacAsset(key, file, "application/json", List.of("metadata"), "run report");
    }
}
