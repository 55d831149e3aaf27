package dipmix.style;

import com.fasterxml.jackson.databind.JsonNode;
import dipmix.raster.FootprintFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated QML files as a real QGIS 3.22 (headless) reads and renders them. */
class QgisStyleLoadTest {
    private static final List<String> MATERIALS = List.of("soil", "tree", "water", "road");
    private static final int W = 8;
    private static final int H = 6;

    @TempDir
    Path dir;

    private Path abundanceRaster(float[] values) {
        return FootprintFixtures.floatRaster(dir.resolve("abund.tif"), W, H, MATERIALS, values,
                new double[]{500000, 30, 0, 4100000, 0, -30}, FootprintFixtures.wkt(32611));
    }

    @Test
    void perMaterialStyleIsPseudocolourOnItsBandWithTheSameColoursWeComputed() throws Exception {
        float[] a = FootprintFixtures.abundances(MATERIALS.size(), W, H);
        Path tif = abundanceRaster(a);
        AbundanceStyleFiles.Written w = AbundanceStyleFiles.write(tif, MATERIALS, null);
        JsonNode q = HeadlessQgis.loadStyle(tif, w.materialQmls().get(2), dir.resolve("home"));

        assertThat(q.get("valid").asBoolean()).isTrue();
        assertThat(q.get("style_ok").asBoolean()).as(q.get("style_message").asText()).isTrue();
        assertThat(q.get("renderer").asText()).isEqualTo("singlebandpseudocolor");
        assertThat(q.get("band").asInt()).isEqualTo(3);
        assertThat(q.get("band_names").get(2).asText()).contains("water");
        assertThat(q.get("min").asDouble()).isZero();
        assertThat(q.get("max").asDouble()).isEqualTo(1.0);
        assertThat(q.get("ramp_type").asInt()).as("QgsColorRampShader.Interpolated").isZero();
        List<AbundanceRamp.Stop> stops = AbundanceRamp.forMaterial(2).stops();
        assertThat(q.get("items")).hasSize(stops.size());
        for (int i = 0; i < stops.size(); i++) {
            assertThat(q.get("items").get(i).get("value").asDouble()).isEqualTo(stops.get(i).value());
            assertThat(q.get("items").get(i).get("color").asText()).isEqualTo(ColourMix.hex(stops.get(i).colour()));
        }
        // what QGIS draws for each pixel is our ramp's colour of that pixel's abundance (to rounding)
        AbundanceRamp ramp = AbundanceRamp.forMaterial(2);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Color drawn = Color.decode(q.get("pixels").get(y).get(x).asText());
                Color expected = ramp.colourAt(a[2 * W * H + y * W + x]);
                assertThat(Math.abs(drawn.getRed() - expected.getRed())).isLessThanOrEqualTo(2);
                assertThat(Math.abs(drawn.getGreen() - expected.getGreen())).isLessThanOrEqualTo(2);
                assertThat(Math.abs(drawn.getBlue() - expected.getBlue())).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void defaultStyleIsAnRgbCompositeOfTheChosenMaterials() throws Exception {
        float[] a = FootprintFixtures.abundances(MATERIALS.size(), W, H);
        Path tif = abundanceRaster(a);
        AbundanceStyleFiles.Written w = AbundanceStyleFiles.write(tif, MATERIALS, List.of("road", "soil", "water"));
        assertThat(w.defaultQml()).isEqualTo(dir.resolve("abund.qml"));
        JsonNode q = HeadlessQgis.loadStyle(tif, w.defaultQml(), dir.resolve("home"));

        assertThat(q.get("style_ok").asBoolean()).as(q.get("style_message").asText()).isTrue();
        assertThat(q.get("renderer").asText()).isEqualTo("multibandcolor");
        assertThat(List.of(q.get("red").asInt(), q.get("green").asInt(), q.get("blue").asInt()))
                .containsExactly(4, 1, 3);
        for (JsonNode s : q.get("stretch")) {
            assertThat(s.get(0).asDouble()).isZero();
            assertThat(s.get(1).asDouble()).isEqualTo(1.0);
        }
        for (int i = 0; i < MATERIALS.size(); i++) {
            assertThat(q.get("band_names").get(i).asText()).contains(MATERIALS.get(i));
        }
        // red of a pixel = road abundance stretched over 0..1
        int pixel = 3 * W + 5;
        Color drawn = Color.decode(q.get("pixels").get(3).get(5).asText());
        assertThat(drawn.getRed()).isCloseTo(Math.round(255 * a[3 * W * H + pixel]), org.assertj.core.api.Assertions.within(2));
        assertThat(drawn.getGreen()).isCloseTo(Math.round(255 * a[pixel]), org.assertj.core.api.Assertions.within(2));
    }

    @Test
    void qgisFindsTheDefaultStyleBesideTheRasterOnItsOwn() throws Exception {
        Path tif = abundanceRaster(FootprintFixtures.abundances(MATERIALS.size(), W, H));
        // bands 2, 4, 1: unlike QGIS's own default for a 4-band raster (1, 2, 3 with a cumulative-cut stretch)
        AbundanceStyleFiles.write(tif, MATERIALS, List.of("tree", "road", "soil"));
        JsonNode q = HeadlessQgis.loadDefaultStyle(tif, dir.resolve("home"));

        assertThat(q.get("style_ok").asBoolean()).as(q.get("style_message").asText()).isTrue();
        assertThat(q.get("renderer").asText()).isEqualTo("multibandcolor");
        assertThat(List.of(q.get("red").asInt(), q.get("green").asInt(), q.get("blue").asInt()))
                .containsExactly(2, 4, 1);
        assertThat(q.get("stretch").get(0).get(1).asDouble()).isEqualTo(1.0);
    }

    @Test
    void classRasterStyleIsPalettedWithMaterialNamesAndColours() throws Exception {
        int r = 3;
        float[] a = FootprintFixtures.abundances(r, W, H);
        List<String> names = MATERIALS.subList(0, r);
        Path tif = dir.resolve("dominant.tif");
        Path qml = ClassStyleFiles.write(tif, a, W, H, null, names);
        assertThat(qml).isEqualTo(dir.resolve("dominant.qml"));
        JsonNode q = HeadlessQgis.loadStyle(tif, qml, dir.resolve("home"));

        assertThat(q.get("style_ok").asBoolean()).as(q.get("style_message").asText()).isTrue();
        assertThat(q.get("renderer").asText()).isEqualTo("paletted");
        assertThat(q.get("classes")).hasSize(r);
        for (int k = 0; k < r; k++) {
            JsonNode c = q.get("classes").get(k);
            assertThat(c.get("value").asInt()).isEqualTo(k);
            assertThat(c.get("label").asText()).isEqualTo(names.get(k));
            assertThat(c.get("color").asText()).isEqualTo(ColourMix.hex(MaterialPalette.colour(k)));
        }
        byte[] classes = DominantMaterial.classify(a, r, W * H);
        Color drawn = Color.decode(q.get("pixels").get(2).get(4).asText());
        assertThat(drawn).isEqualTo(MaterialPalette.colour(classes[2 * W + 4]));
    }
}
