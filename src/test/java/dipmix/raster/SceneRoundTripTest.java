package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;

import dipmix.cube.HyperCube;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SceneRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RasterFormat.class)
    void keepsValuesGeoreferencingWavelengthsBandNamesAndNodata(RasterFormat format) {
        int w = 9, h = 7, p = 5;
        BitSet valid = new BitSet(w * h);
        valid.set(0, w * h);
        valid.clear(3);
        valid.clear(40);
        HyperCube cube = TestCubes.cube(w, h, p, valid);
        List<String> names = List.of("blue", "green, light", "red", "nir", "swir");
        Path target = dir.resolve("scene" + format.extension());
        SceneWriter.write(cube, target, format, new SceneWriteOptions(-9999.0, names, Map.of("origin", "test")));

        HyperCube back = SceneReader.read(target);
        RasterMetadata meta = RasterInspector.metadata(target);

        assertThat(back.width()).isEqualTo(w);
        assertThat(back.height()).isEqualTo(h);
        assertThat(back.bands()).isEqualTo(p);
        assertThat(back.validMask()).isEqualTo(valid);
        for (int b = 0; b < p; b++) {
            for (int i = 0; i < w * h; i++) {
                if (valid.get(i)) assertThat(back.get(b, i)).isEqualTo(cube.get(b, i));
                else assertThat(back.get(b, i)).isNaN();
            }
        }
        assertThat(back.geo().geoTransform()).containsExactly(500000, 30, 0, 4200000, 0, -30);
        assertThat(back.geo().epsg()).isEqualTo(32633);
        assertThat(back.spectral().wavelengthsNm()).containsExactly(cube.spectral().wavelengthsNm());
        assertThat(back.spectral().fwhmNm()).containsExactly(cube.spectral().fwhmNm());
        assertThat(back.spectral().badBandIndices()).isEmpty();
        assertThat(meta.driver()).isEqualTo(format == RasterFormat.ENVI ? "ENVI" : "GTiff");
        assertThat(meta.nodata()).isEqualTo(-9999.0);
        assertThat(meta.wavelengthUnits()).isEqualTo("nm");
        if (format == RasterFormat.ENVI) {
            // an ENVI list item cannot hold a comma
            assertThat(meta.bandNames()).containsExactly("blue", "green; light", "red", "nir", "swir");
        } else {
            assertThat(meta.bandNames()).isEqualTo(names);
        }
    }

    @ParameterizedTest
    @EnumSource(RasterFormat.class)
    void declaredBadBandsSurviveTheRoundTrip(RasterFormat format) {
        HyperCube cube = TestCubes.cube(4, 3, 6, null);
        cube = cube.withSpectral(cube.spectral().withBadBands(new boolean[]{false, true, false, false, true, false}));
        Path target = dir.resolve("bbl" + format.extension());
        SceneWriter.write(cube, target, format, null);

        HyperCube back = SceneReader.read(target);

        assertThat(back.spectral().badBandIndices()).containsExactly(1, 4);
        assertThat(back.validPixelCount()).isEqualTo(12);
    }
}
