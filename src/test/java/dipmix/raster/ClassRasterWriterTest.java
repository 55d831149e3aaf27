package dipmix.raster;

import dipmix.cube.GeoReference;
import org.gdal.gdal.Band;
import org.gdal.gdal.ColorTable;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassRasterWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesClassesColourTableCategoriesNodataAndGeoreference() {
        byte[] classes = {0, 1, 2, 1, (byte) 255, 0};
        List<Color> colours = List.of(new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759));
        double[] gt = {500000, 30, 0, 4100000, 0, -30};
        String wkt = FootprintFixtures.wkt(32611);
        Path out = dir.resolve("classes.tif");
        ClassRasterWriter.write(out, classes, 3, 2, new GeoReference(gt, wkt, 32611), List.of("soil", "tree", "water"),
                colours, 255);

        assertThat(dir.resolve("classes.tif.aux.xml")).as("category names need PAM").exists();
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "YES"); // surefire turns PAM off; the names live there
        Dataset ds = gdal.Open(out.toString());
        try {
            Band band = ds.GetRasterBand(1);
            assertThat(band.getDataType()).isEqualTo(gdalconstConstants.GDT_Byte);
            byte[] back = new byte[6];
            band.ReadRaster(0, 0, 3, 2, back);
            assertThat(back).containsExactly(classes);
            Double[] nodata = new Double[1];
            band.GetNoDataValue(nodata);
            assertThat(nodata[0]).isEqualTo(255.0);
            ColorTable table = band.GetRasterColorTable();
            for (int i = 0; i < 3; i++) assertThat(table.GetColorEntry(i).getRGB()).isEqualTo(colours.get(i).getRGB());
            assertThat(table.GetColorEntry(255).getAlpha()).isZero();
            List<?> categories = band.GetRasterCategoryNames();
            assertThat(categories.subList(0, 3).toArray()).containsExactly("soil", "tree", "water");
            assertThat(categories.get(255)).isEqualTo("no data");
            assertThat(ds.GetGeoTransform()).containsExactly(gt);
            assertThat(ds.GetProjectionRef()).contains("32611");
        } finally {
            ds.delete();
            gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", null);
        }
    }

    @Test
    void rejectsClassesWithoutNamesAndSizeMismatch() {
        List<Color> one = List.of(Color.RED);
        assertThatThrownBy(() -> ClassRasterWriter.write(dir.resolve("x.tif"), new byte[]{0, 3}, 2, 1, null,
                List.of("a"), one, 255)).hasMessageContaining("class value 3 has no name");
        assertThatThrownBy(() -> ClassRasterWriter.write(dir.resolve("x.tif"), new byte[3], 2, 2, null,
                List.of("a"), one, 255)).hasMessageContaining("3 class values do not fill 2 x 2");
        assertThatThrownBy(() -> ClassRasterWriter.write(dir.resolve("x.tif"), new byte[1], 1, 1, null,
                List.of("a", "b"), one, 255)).hasMessageContaining("2 names and 1 colours");
    }
}
