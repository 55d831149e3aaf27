package dipmix.raster;

import java.util.List;
import java.util.Map;

/**
 * Optional parts of a scene written by {@link SceneWriter}.
 *
 * @param nodata value written on invalid pixels and declared as the bands' nodata; null writes NaN there and
 *        declares none
 * @param bandNames one description per band, or null for "&lt;wavelength&gt; nm" (or none without wavelengths)
 * @param metadata dataset metadata items, or null
 */
public record SceneWriteOptions(Double nodata, List<String> bandNames, Map<String, String> metadata) {
    public static final SceneWriteOptions DEFAULT = new SceneWriteOptions(null, null, null);

    public SceneWriteOptions {
        bandNames = bandNames == null ? null : List.copyOf(bandNames);
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }
}
