package dipmix.raster;

import dipmix.cube.GeoReference;
import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osrConstants;

import java.util.Vector;

/**
 * Where a raster lies, in the terms a STAC Item needs: its size, its native georeference, its CRS as WKT2 and its
 * four corners in WGS 84 longitude/latitude.
 *
 * <p>Corners come from the geotransform (pixel edges, not centres) and are transformed by OSR with the traditional
 * GIS axis order (x = longitude, y = latitude) on both ends, whatever the CRS's official axis order. Only the four
 * corners are transformed; a projected raster's curved edges may bulge slightly past the box they span.
 *
 * @param width raster width in pixels
 * @param height raster height in pixels
 * @param geo the native georeference
 * @param wgs84Corners upper-left, upper-right, lower-right, lower-left as {lon, lat}; null when the raster has no
 *        geotransform or no CRS
 * @param wkt2 the CRS as WKT2:2019, or null without a CRS
 * @param epsg the CRS's EPSG code when it has one, else null
 */
public record Footprint(int width, int height, GeoReference geo, double[][] wgs84Corners, String wkt2, Integer epsg) {

    /**
     * The footprint of a {@code width} x {@code height} raster with georeference {@code geo}.
     *
     * @throws IllegalArgumentException for a non-positive size or a CRS OSR cannot read or transform
     */
    public static Footprint of(GeoReference geo, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("raster size must be positive, got " + width + " x " + height);
        }
        if (geo == null) geo = GeoReference.NONE;
        String wkt = geo.crsWkt();
        if (wkt == null || wkt.isBlank()) return new Footprint(width, height, geo, null, null, geo.epsg());
        GdalRuntime.ensure();
        SpatialReference src = new SpatialReference();
        SpatialReference wgs84 = new SpatialReference();
        try {
            readWkt(src, wkt);
            src.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
            wgs84.ImportFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
            Integer epsg = geo.epsg() != null ? geo.epsg() : epsgOf(src);
            String wkt2 = wkt2Of(src);
            double[] gt = geo.geoTransform();
            if (gt == null) return new Footprint(width, height, geo, null, wkt2, epsg);
            return new Footprint(width, height, geo, corners(src, wgs84, gt, width, height), wkt2, epsg);
        } finally {
            src.delete();
            wgs84.delete();
        }
    }

    private static void readWkt(SpatialReference srs, String wkt) {
        int err;
        try {
            err = srs.ImportFromWkt(wkt);
        } catch (RuntimeException e) { // the bindings throw when GDAL exceptions are enabled, else return an error
            err = -1;
        }
        if (err != 0) throw new IllegalArgumentException("OSR cannot read the raster's CRS: " + abbreviate(wkt));
    }

    private static double[][] corners(SpatialReference src, SpatialReference wgs84, double[] gt, int w, int h) {
        double[][] pixel = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] pts = new double[4][3];
        for (int i = 0; i < 4; i++) {
            double px = pixel[i][0], py = pixel[i][1];
            pts[i][0] = gt[0] + px * gt[1] + py * gt[2];
            pts[i][1] = gt[3] + px * gt[4] + py * gt[5];
        }
        CoordinateTransformation ct;
        try {
            ct = CoordinateTransformation.CreateCoordinateTransformation(src, wgs84);
        } catch (RuntimeException e) {
            ct = null;
        }
        if (ct == null) {
            throw new IllegalArgumentException("OSR cannot transform the raster's CRS to EPSG:4326: "
                    + org.gdal.gdal.gdal.GetLastErrorMsg());
        }
        try {
            int[] errors = ct.TransformPointsWithErrorCodes(pts);
            for (int i = 0; i < 4; i++) {
                if (errors != null && errors[i] != 0 || !Double.isFinite(pts[i][0]) || !Double.isFinite(pts[i][1])) {
                    throw new IllegalArgumentException("corner " + i + " of the raster has no EPSG:4326 position");
                }
            }
        } finally {
            ct.delete();
        }
        double[][] out = new double[4][];
        for (int i = 0; i < 4; i++) out[i] = new double[]{pts[i][0], pts[i][1]};
        return out;
    }

    private static Integer epsgOf(SpatialReference srs) {
        SpatialReference probe = srs.Clone();
        try {
            probe.AutoIdentifyEPSG();
            String code = probe.GetAuthorityCode(null);
            String authority = probe.GetAuthorityName(null);
            return code != null && "EPSG".equalsIgnoreCase(authority) ? Integer.valueOf(code) : null;
        } catch (RuntimeException e) {
            return null; // AutoIdentifyEPSG throws for CRSs it does not know: then there is no code to report
        } finally {
            probe.delete();
        }
    }

    private static String wkt2Of(SpatialReference srs) {
        String[] out = new String[1];
        Vector<String> options = new Vector<>();
        options.add("FORMAT=WKT2_2019");
        srs.ExportToWkt(out, options);
        return out[0];
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** {minLon, minLat, maxLon, maxLat} over the four corners, or null without corners. */
    public double[] bbox() {
        if (wgs84Corners == null) return null;
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] c : wgs84Corners) {
            b[0] = Math.min(b[0], c[0]);
            b[1] = Math.min(b[1], c[1]);
            b[2] = Math.max(b[2], c[0]);
            b[3] = Math.max(b[3], c[1]);
        }
        return b;
    }

    /**
     * The corners as a closed GeoJSON ring (5 positions, first = last), counter-clockwise as RFC 7946 asks; null
     * without corners.
     */
    public double[][] wgs84Ring() {
        if (wgs84Corners == null) return null;
        double area2 = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = wgs84Corners[i], b = wgs84Corners[(i + 1) % 4];
            area2 += a[0] * b[1] - b[0] * a[1];
        }
        int[] order = area2 > 0 ? new int[]{0, 1, 2, 3, 0} : new int[]{0, 3, 2, 1, 0};
        double[][] ring = new double[5][];
        for (int i = 0; i < 5; i++) ring[i] = wgs84Corners[order[i]].clone();
        return ring;
    }

    @Override
    public double[][] wgs84Corners() {
        if (wgs84Corners == null) return null;
        double[][] out = new double[4][];
        for (int i = 0; i < 4; i++) out[i] = wgs84Corners[i].clone();
        return out;
    }
}
