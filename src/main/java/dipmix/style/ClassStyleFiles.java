package dipmix.style;

import dipmix.cube.GeoReference;
import dipmix.raster.ClassRasterWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The dominant-material class raster of an unmixing run: a Byte GeoTIFF with a colour table and category names,
 * plus its paletted {@code <base>.qml}; class i has material i's palette colour, as in every other style.
 */
public final class ClassStyleFiles {
    private ClassStyleFiles() {
    }

    /**
     * Classifies {@code abundances} with {@link DominantMaterial} and writes the class GeoTIFF {@code out} and its
     * default QML style.
     *
     * @param abundances r x (width*height), material-major, as {@link DominantMaterial#classify}
     * @param materials the r material names
     * @return the QML file written
     */
    public static Path write(Path out, float[] abundances, int width, int height, GeoReference geo,
                             List<String> materials) throws IOException {
        AbundanceStyleFiles.requireUniqueNames(materials);
        int r = materials.size();
        if ((long) width * height * r != abundances.length) {
            throw new IllegalArgumentException(abundances.length + " abundances are not " + r + " materials x "
                    + width + " x " + height + " pixels");
        }
        byte[] classes = DominantMaterial.classify(abundances, r, width * height);
        ClassRasterWriter.write(out, classes, width, height, geo, materials, MaterialPalette.colours(r),
                DominantMaterial.NODATA);
        return writeQml(out, materials);
    }

    /** Writes only the paletted {@code <base>.qml} of an existing class raster. */
    public static Path writeQml(Path classRaster, List<String> materials) throws IOException {
        String qml = QmlStyles.paletted(1, materials, MaterialPalette.colours(materials.size()));
        return AbundanceStyleFiles.writeText(StylePaths.beside(classRaster, ".qml"), qml);
    }
}
