package dipmix.raster;

import java.util.List;
import java.util.Locale;

/** The formats {@link SceneWriter} writes, with the file each produces. */
public enum RasterFormat {
    /** Tiled, DEFLATE-compressed Float32 GeoTIFF. */
    GTIFF("GTiff", ".tif", List.of()),
    /** ENVI band-sequential .img with its .hdr (wavelengths in the header). */
    ENVI("ENVI", ".img", List.of(".hdr"));

    final String driver;
    final String extension;
    final List<String> companions;

    RasterFormat(String driver, String extension, List<String> companions) {
        this.driver = driver;
        this.extension = extension;
        this.companions = companions;
    }

    /** The data file's extension (".tif", ".img"). */
    public String extension() {
        return extension;
    }

    /** "gtiff" or "envi" (case-insensitive) to a format. */
    public static RasterFormat parse(String name) {
        for (RasterFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) return f;
        }
        throw new IllegalArgumentException("unknown raster format '" + name + "': use gtiff or envi");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
