package dipmix.raster;

import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;
import org.gdal.osr.SpatialReference;

import java.nio.file.Path;
import java.util.List;

/** Small GeoTIFF fixtures written with GDAL directly, for the raster and style tests. */
public final class FootprintFixtures {
    private FootprintFixtures() {
    }

    /** WKT of an EPSG code, as GDAL writes it. */
    public static String wkt(int epsg) {
        GdalRuntime.ensure();
        SpatialReference s = new SpatialReference();
        try {
            s.ImportFromEPSG(epsg);
            return s.ExportToWkt();
        } finally {
            s.delete();
        }
    }

    /**
     * A Float32 GeoTIFF of {@code names.size()} bands described by the names, filled with band-sequential
     * {@code values} (r x width*height).
     *
     * @param geoTransform null for none
     * @param crsWkt null for none
     */
    public static Path floatRaster(Path file, int width, int height, List<String> names, float[] values,
                                   double[] geoTransform, String crsWkt) {
        GdalRuntime.ensure();
        Dataset ds = gdal.GetDriverByName("GTiff").Create(file.toString(), width, height, names.size(),
                gdalconstConstants.GDT_Float32);
        try {
            if (geoTransform != null) ds.SetGeoTransform(geoTransform);
            if (crsWkt != null) ds.SetProjection(crsWkt);
            int n = width * height;
            for (int b = 0; b < names.size(); b++) {
                float[] band = new float[n];
                System.arraycopy(values, b * n, band, 0, n);
                ds.GetRasterBand(b + 1).WriteRaster(0, 0, width, height, band);
                ds.GetRasterBand(b + 1).SetDescription(names.get(b));
            }
        } finally {
            ds.delete();
        }
        return file;
    }

    /** Abundances of r materials over width x height: a smooth deterministic field that sums to one per pixel. */
    public static float[] abundances(int r, int width, int height) {
        int n = width * height;
        float[] a = new float[r * n];
        for (int i = 0; i < n; i++) {
            int x = i % width, y = i / width;
            double sum = 0;
            double[] w = new double[r];
            for (int k = 0; k < r; k++) {
                w[k] = 1 + Math.sin(0.7 * x + 1.3 * k) * Math.cos(0.5 * y - 0.9 * k);
                sum += w[k];
            }
            for (int k = 0; k < r; k++) a[k * n + i] = (float) (w[k] / sum);
        }
        return a;
    }
}
