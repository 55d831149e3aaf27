package dipmix.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.raster.FootprintFixtures;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.InfoOptions;
import org.gdal.gdal.gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StacItemWriterTest {
    private static final List<String> MATERIALS = List.of("soil", "tree", "water");
    private static final Instant WHEN = Instant.parse("2026-11-22T10:15:30Z");

    @TempDir
    Path dir;

    private static JsonNode gdalinfo(Path tif) throws Exception {
        Dataset ds = gdal.Open(tif.toString());
        try {
            return new ObjectMapper().readTree(gdal.GDALInfo(ds, new InfoOptions(new Vector<>(List.of("-json")))));
        } finally {
            ds.delete();
        }
    }

    @Test
    void itemCarriesGdalsFootprintProjectionAndRelativeAssets() throws Exception {
        Path out = Files.createDirectories(dir.resolve("run"));
        double[] gt = {440720, 60, 0, 3751320, 0, -60};
        Path tif = FootprintFixtures.floatRaster(out.resolve("abund.tif"), 7, 5, MATERIALS,
                FootprintFixtures.abundances(3, 7, 5), gt, FootprintFixtures.wkt(32611));
        AbundanceStyleFiles.Written styles = AbundanceStyleFiles.write(tif, MATERIALS, null);
        Path plot = Files.createDirectories(out.resolve("plots")).resolve("endmembers.png");
        Files.write(plot, new byte[]{1});
        Path item = StacItemWriter.write(out.resolve("abund.stac.json"), "abund", WHEN, tif,
                List.of(StacAsset.qml("qml", styles.defaultQml()), StacAsset.sld("sld", styles.sld()),
                        StacAsset.png("endmembers", plot, "endmember spectra")),
                Map.of("dipmix:method", "sivm-fcls"));
        JsonNode j = new ObjectMapper().readTree(item.toFile());

        assertThat(j.get("type").asText()).isEqualTo("Feature");
        assertThat(j.get("stac_version").asText()).isEqualTo("1.0.0");
        assertThat(j.get("stac_extensions").toString()).contains("projection/v1.1.0", "raster/v1.1.0");
        assertThat(j.get("id").asText()).isEqualTo("abund");
        assertThat(j.at("/properties/datetime").asText()).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(j.at("/properties/dipmix:method").asText()).isEqualTo("sivm-fcls");

        // bbox = the extent of the corners gdalinfo reports in WGS 84 (rounded there to 7 decimals)
        JsonNode corners = gdalinfo(tif).at("/wgs84Extent/coordinates/0");
        double[] expected = {180, 90, -180, -90};
        for (JsonNode c : corners) {
            expected[0] = Math.min(expected[0], c.get(0).asDouble());
            expected[1] = Math.min(expected[1], c.get(1).asDouble());
            expected[2] = Math.max(expected[2], c.get(0).asDouble());
            expected[3] = Math.max(expected[3], c.get(1).asDouble());
        }
        for (int i = 0; i < 4; i++) assertThat(j.get("bbox").get(i).asDouble()).isCloseTo(expected[i], within(1e-7));
        // southern California, as EPSG:32611 at these coordinates must be
        assertThat(j.get("bbox").get(0).asDouble()).isBetween(-118.0, -117.0);
        assertThat(j.get("bbox").get(1).asDouble()).isBetween(33.0, 34.0);
        assertThat(j.at("/geometry/type").asText()).isEqualTo("Polygon");
        JsonNode ring = j.at("/geometry/coordinates/0");
        assertThat(ring).hasSize(5);
        assertThat(ring.get(0)).isEqualTo(ring.get(4));

        assertThat(j.at("/properties/proj:epsg").asInt()).isEqualTo(32611);
        assertThat(j.at("/properties/proj:wkt2").isMissingNode()).isTrue();
        assertThat(j.at("/properties/proj:shape").toString()).isEqualTo("[5,7]");
        assertThat(j.at("/properties/proj:transform").toString()).isEqualTo("[60.0,0.0,440720.0,0.0,-60.0,3751320.0]");
        assertThat(j.get("links").isArray()).isTrue();

        JsonNode data = j.at("/assets/data");
        assertThat(data.get("href").asText()).isEqualTo("./abund.tif");
        assertThat(data.get("type").asText()).isEqualTo("image/tiff; application=geotiff");
        assertThat(data.get("roles").toString()).isEqualTo("[\"data\"]");
        assertThat(data.get("raster:bands")).hasSize(3);
        assertThat(data.at("/raster:bands/0/data_type").asText()).isEqualTo("float32");
        assertThat(data.at("/eo:bands/2/name").asText()).isEqualTo("water");
        assertThat(j.at("/assets/qml/href").asText()).isEqualTo("./abund.qml");
        assertThat(j.at("/assets/sld/type").asText()).isEqualTo("application/vnd.ogc.sld+xml");
        assertThat(j.at("/assets/endmembers/href").asText()).isEqualTo("./plots/endmembers.png");
        for (JsonNode a : j.get("assets")) {
            assertThat(out.resolve(a.get("href").asText()).normalize()).as(a.get("href").asText()).exists();
        }
    }

    @Test
    void rasterWithoutCrsHasNullGeometryAndNoBbox() throws Exception {
        Path tif = FootprintFixtures.floatRaster(dir.resolve("plain.tif"), 4, 4, MATERIALS, new float[48],
                null, null);
        JsonNode j = new ObjectMapper().readTree(
                StacItemWriter.write(dir.resolve("plain.json"), "plain", WHEN, tif, List.of(), null).toFile());
        assertThat(j.get("geometry").isNull()).isTrue();
        assertThat(j.has("bbox")).isFalse();
        assertThat(j.at("/properties/proj:epsg").isNull()).isTrue();
        assertThat(j.at("/properties/proj:transform").isMissingNode()).isTrue();
        assertThat(j.at("/properties/proj:shape").toString()).isEqualTo("[4,4]");
    }

    @Test
    void crsWithoutEpsgCodeGoesToWkt2() throws Exception {
        String custom = "PROJCS[\"custom\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",7.3],PARAMETER[\"scale_factor\",1],"
                + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";
        Path tif = FootprintFixtures.floatRaster(dir.resolve("tm.tif"), 4, 4, MATERIALS, new float[48],
                new double[]{0, 10, 0, 0, 0, -10}, custom);
        JsonNode j = new ObjectMapper().readTree(
                StacItemWriter.write(dir.resolve("tm.json"), "tm", WHEN, tif, List.of(), null).toFile());
        assertThat(j.at("/properties/proj:epsg").isNull()).isTrue();
        assertThat(j.at("/properties/proj:wkt2").asText()).startsWith("PROJCRS[\"custom\"");
        assertThat(j.at("/bbox/0").asDouble()).isCloseTo(7.3, within(1e-9)); // origin on the central meridian
    }

    @Test
    void rejectsDuplicateAssetKeysAndMissingId() throws Exception {
        Path tif = FootprintFixtures.floatRaster(dir.resolve("p.tif"), 2, 2, List.of("a"), new float[4], null, null);
        assertThatThrownBy(() -> StacItemWriter.write(dir.resolve("p.json"), "p", WHEN, tif,
                List.of(StacAsset.qml("data", tif)), null)).hasMessageContaining("duplicate STAC asset key 'data'");
        assertThatThrownBy(() -> StacItemWriter.write(dir.resolve("p.json"), " ", WHEN, tif, List.of(), null))
                .hasMessageContaining("needs an id");
    }

    @Test
    void dataTypesFollowTheRasterExtension() {
        assertThat(StacItemWriter.stacDataType("Byte")).isEqualTo("uint8");
        assertThat(StacItemWriter.stacDataType("Float32")).isEqualTo("float32");
        assertThat(StacItemWriter.stacDataType("UInt16")).isEqualTo("uint16");
    }
}
