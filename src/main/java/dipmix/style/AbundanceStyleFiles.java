package dipmix.style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the style side files of an abundance raster (band i = material i).
 *
 * <p>The default {@code <base>.qml} is an RGB composite of three materials when there are at least three: the whole
 * file then shows three materials and their mixtures at first sight, whereas one band's ramp would hide the others.
 * With one or two materials it is the first material's pseudocolour ramp. Per material, {@code <base>.<material>.qml}
 * holds that band's pseudocolour style (what the QGIS plugin applies when it loads each band as its own layer) and
 * {@code <base>.<material>.sld} the same for GeoServer; {@code <base>.sld} holds one UserStyle per band.
 */
public final class AbundanceStyleFiles {
    /** The files written, all beside the raster. */
    public record Written(Path defaultQml, Path sld, List<Path> materialQmls, List<Path> materialSlds) {
        public List<Path> all() {
            List<Path> out = new ArrayList<>();
            out.add(defaultQml);
            out.add(sld);
            out.addAll(materialQmls);
            out.addAll(materialSlds);
            return out;
        }
    }

    private AbundanceStyleFiles() {
    }

    /**
     * Writes all styles of {@code raster}, replacing existing ones.
     *
     * @param raster the abundance GeoTIFF (need not exist yet: only its name is used)
     * @param materials material names in band order; unique after {@link StylePaths#fileSafe}
     * @param rgb three material names for the default composite, or null/empty for the first three
     * @throws IllegalArgumentException for duplicate or blank names, or an rgb choice that is not three distinct
     *         materials of this raster
     */
    public static Written write(Path raster, List<String> materials, List<String> rgb) throws IOException {
        requireUniqueNames(materials);
        int[] rgbBands = rgbBands(materials, rgb);
        String defaultQml = rgbBands == null
                ? QmlStyles.pseudocolor(1, materials.get(0), AbundanceRamp.forMaterial(0))
                : QmlStyles.rgbComposite(rgbBands, List.of(materials.get(rgbBands[0] - 1),
                        materials.get(rgbBands[1] - 1), materials.get(rgbBands[2] - 1)));
        Path qml = writeText(StylePaths.beside(raster, ".qml"), defaultQml);
        String layer = StylePaths.beside(raster, "").getFileName().toString();
        Path sld = writeText(StylePaths.beside(raster, ".sld"), SldStyles.abundance(layer, materials, 0));
        List<Path> qmls = new ArrayList<>();
        List<Path> slds = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            String m = materials.get(i);
            AbundanceRamp ramp = AbundanceRamp.forMaterial(i);
            qmls.add(writeText(StylePaths.besideForMaterial(raster, m, ".qml"), QmlStyles.pseudocolor(i + 1, m, ramp)));
            slds.add(writeText(StylePaths.besideForMaterial(raster, m, ".sld"),
                    SldStyles.singleBand(layer, m, i + 1, ramp)));
        }
        return new Written(qml, sld, List.copyOf(qmls), List.copyOf(slds));
    }

    /** 1-based bands of the composite, or null when the default is a single-band style (fewer than 3 materials). */
    private static int[] rgbBands(List<String> materials, List<String> rgb) {
        if (rgb == null || rgb.isEmpty()) return materials.size() >= 3 ? new int[]{1, 2, 3} : null;
        if (rgb.size() != 3) {
            throw new IllegalArgumentException("--rgb needs exactly 3 materials, got " + rgb.size() + ": " + rgb);
        }
        if (new HashSet<>(rgb).size() != 3) throw new IllegalArgumentException("--rgb materials must differ: " + rgb);
        int[] bands = new int[3];
        for (int c = 0; c < 3; c++) {
            int i = materials.indexOf(rgb.get(c));
            if (i < 0) {
                throw new IllegalArgumentException("--rgb material '" + rgb.get(c) + "' is not one of " + materials);
            }
            bands[c] = i + 1;
        }
        return bands;
    }

    static void requireUniqueNames(List<String> materials) {
        if (materials == null || materials.isEmpty()) {
            throw new IllegalArgumentException("an abundance raster needs at least one material name");
        }
        Set<String> seen = new HashSet<>();
        for (String m : materials) {
            if (!seen.add(StylePaths.fileSafe(m))) {
                throw new IllegalArgumentException("material names must be unique as file names, '" + m
                        + "' clashes in " + materials);
            }
        }
    }

    static Path writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
