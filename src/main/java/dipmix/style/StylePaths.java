package dipmix.style;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the side files of a raster go. QGIS loads {@code <basename>.qml} beside a raster as its default style, where
 * basename is the file name without its last extension ({@code abund.tif} -> {@code abund.qml}); per-material files
 * insert the material: {@code abund.<material>.qml}.
 */
public final class StylePaths {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private StylePaths() {
    }

    /** {@code dir/abund.tif} with suffix {@code .qml} gives {@code dir/abund.qml}. */
    public static Path beside(Path raster, String suffix) {
        String name = raster.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return raster.resolveSibling(base + suffix);
    }

    /** The side file of one material: {@code abund.tif}, "dry soil", {@code .qml} gives {@code abund.dry_soil.qml}. */
    public static Path besideForMaterial(Path raster, String material, String suffix) {
        return beside(raster, "." + fileSafe(material) + suffix);
    }

    /** The material name with every character other than letters, digits, '_' and '-' replaced by '_'. */
    public static String fileSafe(String material) {
        if (material == null || material.isBlank()) {
            throw new IllegalArgumentException("a material name must not be blank, got '" + material + "'");
        }
        return UNSAFE.matcher(material.strip()).replaceAll("_");
    }
}
