package dipmix.raster;

import dipmix.cube.GeoReference;
import org.gdal.gdal.Band;
import org.gdal.gdal.ColorTable;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;

/**
 * Writes a single-band Byte GeoTIFF of class values with a GDAL colour table and category names, so that GDAL, QGIS
 * and GeoServer show class i in {@code colours.get(i)} labelled {@code names.get(i)} even without a side style.
 *
 * <p>The colour table lives in the TIFF itself; GeoTIFF has no place for category names, so GDAL keeps them in the
 * {@code <file>.aux.xml} beside it (PAM), which this writer enables for its own thread even where GDAL_PAM_ENABLED=NO.
 * Whoever copies or serves the class raster must carry that side file along.
 */
public final class ClassRasterWriter {
    private ClassRasterWriter() {
    }

    /**
     * Writes {@code classes} (row-major, width x height, values 0..names.size()-1 or {@code nodata}) to
     * {@code out}, replacing it.
     *
     * @param nodata class value meaning "no class" (0..255, at least names.size()); written as the band's nodata
     *        value and shown transparent
     * @throws IllegalArgumentException for mismatched sizes, more than 255 classes, a class value without a name
     *         or a failed GDAL call
     */
    public static void write(Path out, byte[] classes, int width, int height, GeoReference geo, List<String> names,
                             List<Color> colours, int nodata) {
        if (width < 1 || height < 1 || (long) width * height != classes.length) {
            throw new IllegalArgumentException(classes.length + " class values do not fill " + width + " x " + height);
        }
        if (names.isEmpty() || names.size() != colours.size() || names.size() > 255) {
            throw new IllegalArgumentException("need 1..255 class names with one colour each, got " + names.size()
                    + " names and " + colours.size() + " colours");
        }
        if (nodata < names.size() || nodata > 255) {
            throw new IllegalArgumentException("nodata must be in " + names.size() + "..255, got " + nodata);
        }
        for (byte c : classes) {
            int v = c & 0xff;
            if (v >= names.size() && v != nodata) {
                throw new IllegalArgumentException("class value " + v + " has no name (" + names.size() + " classes)");
            }
        }
        GdalRuntime.ensure();
        String pam = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", null);
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "YES");
        try {
            create(out, classes, width, height, geo, names, colours, nodata);
        } finally {
            gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", pam);
        }
    }

    private static void create(Path out, byte[] classes, int width, int height, GeoReference geo, List<String> names,
                               List<Color> colours, int nodata) {
        Driver driver = gdal.GetDriverByName("GTiff");
        Dataset ds = driver.Create(out.toString(), width, height, 1, gdalconstConstants.GDT_Byte,
                new String[]{"COMPRESS=DEFLATE"});
        if (ds == null) throw new IllegalArgumentException("cannot create " + out + ": " + gdal.GetLastErrorMsg());
        try {
            if (geo != null && geo.geoTransform() != null) check(ds.SetGeoTransform(geo.geoTransform()), out);
            if (geo != null && geo.crsWkt() != null) check(ds.SetProjection(geo.crsWkt()), out);
            Band band = ds.GetRasterBand(1);
            check(band.WriteRaster(0, 0, width, height, classes), out);
            check(band.SetNoDataValue(nodata), out);
            band.SetDescription("dominant material");
            ColorTable table = new ColorTable();
            Vector<String> categories = new Vector<>();
            for (int i = 0; i <= nodata; i++) {
                // entries past the last class up to nodata exist only so that nodata has its (transparent) entry
                table.SetColorEntry(i, i < colours.size() ? opaque(colours.get(i)) : new Color(0, 0, 0, 0));
                categories.add(i < names.size() ? names.get(i) : i == nodata ? "no data" : "");
            }
            check(band.SetRasterColorTable(table), out);
            check(band.SetRasterCategoryNames(categories), out);
        } finally {
            ds.delete();
        }
    }

    private static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 255);
    }

    private static void check(int cplErr, Path out) {
        if (cplErr != gdalconstConstants.CE_None) {
            throw new IllegalArgumentException("GDAL failed writing " + out + ": " + gdal.GetLastErrorMsg());
        }
    }
}
