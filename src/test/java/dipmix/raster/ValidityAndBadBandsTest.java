package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dipmix.cube.HyperCube;
import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdalconst.gdalconstConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nodata, NaN, Inf, empty bands and scale/offset, in a GeoTIFF written with raw GDAL calls. */
class ValidityAndBadBandsTest {
    @TempDir
    Path dir;

    /** 4x2, 4 bands: band 0 has nodata -1 at pixel 1; band 1 NaN at pixel 2 and Inf at 5; band 2 is all NaN;
     *  band 3 is scaled (x2 + 10). */
    private Path raster() {
        GdalRuntime.ensure();
        Path path = dir.resolve("mixed.tif");
        Dataset ds = GdalCreate.driver("GTiff").Create(path.toString(), 4, 2, 4, gdalconstConstants.GDT_Float32);
        try {
            float[] b0 = {1, -1, 3, 4, 5, 6, 7, 8};
            float[] b1 = {1, 2, Float.NaN, 4, 5, Float.POSITIVE_INFINITY, 7, 8};
            float[] b2 = new float[8];
            java.util.Arrays.fill(b2, Float.NaN);
            float[] b3 = {0, 1, 2, 3, 4, 5, 6, 7};
            float[][] bands = {b0, b1, b2, b3};
            for (int b = 0; b < 4; b++) ds.GetRasterBand(b + 1).WriteRaster(0, 0, 4, 2, bands[b]);
            ds.GetRasterBand(1).SetNoDataValue(-1);
            ds.GetRasterBand(4).SetScale(2);
            ds.GetRasterBand(4).SetOffset(10);
        } finally {
            ds.delete();
        }
        return path;
    }

    @Test
    void invalidSamplesMarkPixelsAndEmptyBandsAreExcludedNotFatal() {
        HyperCube cube = SceneReader.read(raster());

        assertThat(cube.validPixelIndices()).containsExactly(0, 3, 4, 6, 7);
        assertThat(cube.spectral().badBandIndices()).containsExactly(2);
        assertThat(cube.get(0, 1)).isNaN();
        assertThat(cube.get(3, 3)).isEqualTo(16f, within(1e-6f));
        assertThat(cube.get(3, 0)).isEqualTo(10f, within(1e-6f));
    }

    @Test
    void inspectReportsTheSameWithoutLoading() {
        RasterInfo info = RasterInspector.inspect(raster());

        assertThat(info.validPixels()).isEqualTo(5);
        assertThat(info.badBands()).containsExactly(2);
        assertThat(info.metadata().nodata()).isEqualTo(-1.0);
    }

    @Test
    void aBadBandByBblDoesNotInvalidatePixels() {
        HyperCube cube = TestCubes.cube(3, 3, 4, null);
        float[] data = cube.data();
        data[9 + 4] = Float.NaN; // band 1, pixel 4
        boolean[] bbl = {false, true, false, false};
        cube = cube.withSpectral(cube.spectral().withBadBands(bbl));
        Path path = dir.resolve("bbl.img");
        SceneWriter.write(cube, path, RasterFormat.ENVI, null);

        HyperCube back = SceneReader.read(path);

        assertThat(back.spectral().badBandIndices()).containsExactly(1);
        assertThat(back.validPixelCount()).isEqualTo(9);
    }
}
