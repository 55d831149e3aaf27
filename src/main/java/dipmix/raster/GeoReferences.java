package dipmix.raster;

import dipmix.cube.GeoReference;
import java.util.Arrays;
import org.gdal.gdal.Dataset;
import org.gdal.osr.SpatialReference;

/** Moves a {@link GeoReference} between GDAL datasets and the scene model. */
final class GeoReferences {
    /** What GDAL reports for a raster without a geotransform. */
    static final double[] GDAL_DEFAULT = {0, 1, 0, 0, 0, 1};

    private GeoReferences() {
    }

    /** GDAL's six numbers, the default ones when the raster has none. */
    static double[] geoTransform(Dataset ds) {
        double[] gt = new double[6];
        ds.GetGeoTransform(gt);
        for (int i = 0; i < 6; i++) gt[i] += 0.0; // -0.0 (ENVI's rotation terms) prints as "-0.0"
        return gt;
    }

    /** The raster's georeferencing; the geotransform is null when GDAL only has its default one. */
    static GeoReference read(Dataset ds) {
        double[] gt = geoTransform(ds);
        String wkt = ds.GetProjectionRef();
        if (wkt != null && wkt.isBlank()) wkt = null;
        return new GeoReference(Arrays.equals(gt, GDAL_DEFAULT) ? null : gt, wkt, wkt == null ? null : epsg(wkt));
    }

    /** The EPSG code GDAL identifies for the CRS, or null. */
    static Integer epsg(String wkt) {
        SpatialReference srs = new SpatialReference();
        try {
            if (srs.ImportFromWkt(wkt) != 0) return null;
            if (!"EPSG".equals(srs.GetAuthorityName(null))) srs.AutoIdentifyEPSG();
            if (!"EPSG".equals(srs.GetAuthorityName(null))) return null;
            String code = srs.GetAuthorityCode(null);
            return code == null ? null : Integer.valueOf(code);
        } catch (RuntimeException e) {
            return null;
        } finally {
            srs.delete();
        }
    }

    /** Sets the geotransform and CRS of a dataset being written (WKT first, else the EPSG code). */
    static void apply(Dataset ds, GeoReference geo) {
        if (geo == null) return;
        if (geo.geoTransform() != null) ds.SetGeoTransform(geo.geoTransform());
        if (geo.crsWkt() != null) {
            ds.SetProjection(geo.crsWkt());
        } else if (geo.epsg() != null) {
            SpatialReference srs = new SpatialReference();
            try {
                srs.ImportFromEPSG(geo.epsg());
                ds.SetProjection(srs.ExportToWkt());
            } finally {
                srs.delete();
            }
        }
    }
}
