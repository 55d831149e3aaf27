package dipmix.cube;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where a scene lies on the Earth: GDAL's affine geotransform and the coordinate reference system.
 *
 * @param geoTransform six numbers (originX, pixelWidth, rowRotation, originY, columnRotation, pixelHeight), or null
 * @param crsWkt the CRS as WKT, or null when the scene has none
 * @param epsg the EPSG code when the CRS is identified with one, else null
 */
public record GeoReference(double[] geoTransform, String crsWkt, Integer epsg) {
    public static final GeoReference NONE = new GeoReference(null, null, null);

    public GeoReference {
        if (geoTransform != null) {
            if (geoTransform.length != 6) {
                throw new IllegalArgumentException("a geotransform has 6 numbers, got " + geoTransform.length);
            }
            geoTransform = geoTransform.clone();
        }
    }

    @Override
    public double[] geoTransform() {
        return geoTransform == null ? null : geoTransform.clone();
    }

    /** The same reference moved to a window whose top-left pixel is (x0, y0) of this one. */
    public GeoReference shifted(int x0, int y0) {
        if (geoTransform == null) return this;
        double[] g = geoTransform.clone();
        g[0] = geoTransform[0] + x0 * geoTransform[1] + y0 * geoTransform[2];
        g[3] = geoTransform[3] + x0 * geoTransform[4] + y0 * geoTransform[5];
        return new GeoReference(g, crsWkt, epsg);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoReference g && Arrays.equals(geoTransform, g.geoTransform)
                && Objects.equals(crsWkt, g.crsWkt) && Objects.equals(epsg, g.epsg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(geoTransform), crsWkt, epsg);
    }
}
