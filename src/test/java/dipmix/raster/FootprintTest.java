package dipmix.raster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.cube.GeoReference;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.InfoOptions;
import org.gdal.gdal.gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FootprintTest {
    @TempDir
    Path dir;

    @Test
    void utmCornersMatchKnownGeographicPositions() {
        // EPSG:32631 (UTM 31N): easting 500000 is the central meridian 3°E; northing 0 is the equator
        double[] gt = {500000, 100, 0, 0, 0, -100};
        Footprint fp = Footprint.of(new GeoReference(gt, FootprintFixtures.wkt(32631), null), 10, 10);
        double[][] c = fp.wgs84Corners();
        assertThat(c[0][0]).isCloseTo(3.0, within(1e-9));
        assertThat(c[0][1]).isCloseTo(0.0, within(1e-9));
        // lower-left: 1000 grid metres south on the central meridian, where the scale factor is 0.9996 and a degree
        // of latitude at the equator is 110574.3 m: 1000 / 0.9996 / 110574.3 degrees
        assertThat(c[3][0]).isCloseTo(3.0, within(1e-9));
        assertThat(c[3][1]).isCloseTo(-1000 / 0.9996 / 110574.3, within(1e-7));
        assertThat(fp.epsg()).isEqualTo(32631);
        assertThat(fp.wkt2()).startsWith("PROJCRS[");
    }

    @Test
    void geographicRasterKeepsLongitudeFirstDespiteEpsgAxisOrder() {
        double[] gt = {10.0, 0.5, 0, 50.0, 0, -0.25};
        Footprint fp = Footprint.of(new GeoReference(gt, FootprintFixtures.wkt(4326), 4326), 4, 8);
        assertThat(fp.bbox()).containsExactly(new double[]{10.0, 48.0, 12.0, 50.0}, within(1e-12));
        double[][] ring = fp.wgs84Ring();
        assertThat(ring).hasNumberOfRows(5);
        assertThat(ring[0]).isEqualTo(ring[4]);
        assertThat(signedArea(ring)).as("counter-clockwise ring").isPositive();
    }

    @Test
    void bboxEqualsTheWgs84ExtentGdalinfoReports() throws Exception {
        Path tif = FootprintFixtures.floatRaster(dir.resolve("a.tif"), 12, 9, List.of("x"), new float[108],
                new double[]{440720, 60, 0, 3751320, 0, -60}, FootprintFixtures.wkt(32611));
        Dataset ds = gdal.Open(tif.toString());
        JsonNode info;
        try {
            Vector<String> opts = new Vector<>(List.of("-json"));
            info = new ObjectMapper().readTree(gdal.GDALInfo(ds, new InfoOptions(opts)));
        } finally {
            ds.delete();
        }
        double minLon = 999, minLat = 999, maxLon = -999, maxLat = -999;
        for (JsonNode p : info.at("/wgs84Extent/coordinates/0")) {
            minLon = Math.min(minLon, p.get(0).asDouble());
            maxLon = Math.max(maxLon, p.get(0).asDouble());
            minLat = Math.min(minLat, p.get(1).asDouble());
            maxLat = Math.max(maxLat, p.get(1).asDouble());
        }
        Footprint fp = FootprintReader.read(tif).footprint();
        // gdalinfo rounds its wgs84Extent to 7 decimals
        assertThat(fp.bbox()).containsExactly(new double[]{minLon, minLat, maxLon, maxLat}, within(1e-7));
        assertThat(fp.epsg()).isEqualTo(32611);
    }

    @Test
    void rasterWithoutCrsHasNoCorners() {
        Footprint fp = Footprint.of(new GeoReference(new double[]{0, 1, 0, 0, 0, -1}, null, null), 5, 5);
        assertThat(fp.wgs84Corners()).isNull();
        assertThat(fp.bbox()).isNull();
        assertThat(fp.wgs84Ring()).isNull();
        assertThat(fp.wkt2()).isNull();
    }

    @Test
    void readerReportsBandNamesTypeAndMissingGeoreference() {
        Path tif = FootprintFixtures.floatRaster(dir.resolve("b.tif"), 3, 2, List.of("soil", "water"), new float[12],
                null, null);
        FootprintReader.Summary s = FootprintReader.read(tif);
        assertThat(s.bandNames()).containsExactly("soil", "water");
        assertThat(s.gdalDataType()).isEqualTo("Float32");
        assertThat(s.nodata()).isNull();
        assertThat(s.footprint().geo().geoTransform()).isNull();
        assertThat(s.footprint().width()).isEqualTo(3);
        assertThat(s.footprint().height()).isEqualTo(2);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Footprint.of(GeoReference.NONE, 0, 3)).hasMessageContaining("0 x 3");
        assertThatThrownBy(() -> Footprint.of(new GeoReference(new double[]{0, 1, 0, 0, 0, -1}, "NOT A CRS", null), 2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT A CRS");
        assertThatThrownBy(() -> FootprintReader.read(dir.resolve("missing.tif")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.tif");
    }

    private static double signedArea(double[][] ring) {
        double a = 0;
        for (int i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        return a / 2;
    }
}
