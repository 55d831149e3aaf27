package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.cube.HyperCube;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gdal.gdal.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbundanceWriterTest {
    @TempDir
    Path dir;

    private static float[] grid(int r, int n) {
        float[] g = new float[r * n];
        for (int i = 0; i < n; i++) {
            float a = (i % 10) / 10f;
            g[i] = a;
            g[n + i] = 1 - a;
        }
        g[7] = Float.NaN;
        g[n + 7] = Float.NaN;
        return g;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writesNamedFloatBandsWithNodataGeoreferenceAndMetadata(boolean cog) {
        int w = 6, h = 5, n = w * h;
        Path target = dir.resolve("abundances.tif");
        float[] g = grid(2, n);

        AbundanceWriter.write(target, g, w, h, List.of("Soil", "Water"), TestCubes.UTM,
                Map.of("dipmix_method", "fclsu", "dipmix_seed", "7"), cog);

        HyperCube back = SceneReader.read(target);
        RasterMetadata meta = RasterInspector.metadata(target);
        assertThat(meta.bandNames()).containsExactly("Soil", "Water");
        assertThat(meta.nodata()).isNaN();
        assertThat(back.geo()).isEqualTo(new dipmix.cube.GeoReference(TestCubes.UTM.geoTransform(),
                back.geo().crsWkt(), 32633));
        assertThat(back.validPixelCount()).isEqualTo(n - 1);
        for (int i = 0; i < n; i++) {
            if (i != 7) {
                assertThat(back.get(0, i)).isEqualTo(g[i]);
                assertThat(back.get(1, i)).isEqualTo(g[n + i]);
            }
        }
        Dataset ds = GdalRuntime.openReadOnly(target);
        try {
            assertThat(ds.GetMetadataItem("dipmix_method")).isEqualTo("fclsu");
            assertThat(ds.GetMetadataItem("dipmix_seed")).isEqualTo("7");
            assertThat(ds.GetMetadataItem(AbundanceWriter.SOFTWARE_KEY)).startsWith("dipmix ");
            assertThat(ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE")).isEqualTo("DEFLATE");
            assertThat(ds.GetMetadataItem("PREDICTOR", "IMAGE_STRUCTURE")).isEqualTo("3");
            if (cog) assertThat(ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE")).isEqualTo("COG");
            int[] bx = new int[1];
            int[] by = new int[1];
            ds.GetRasterBand(1).GetBlockSize(bx, by);
            assertThat(bx[0]).isEqualTo(256);
            assertThat(by[0]).isEqualTo(256);
        } finally {
            ds.delete();
        }
    }

    @Test
    void mismatchedSizesAreRejectedBeforeAnyFileIsCreated() throws Exception {
        Path target = dir.resolve("a.tif");
        assertThatThrownBy(() -> AbundanceWriter.write(target, new float[10], 3, 3, List.of("a"), null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 9");
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }
}
