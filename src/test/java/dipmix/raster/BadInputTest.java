package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.cube.HyperCube;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.tif");
        assertThatThrownBy(() -> SceneReader.read(p)).isInstanceOf(RasterException.class)
                .hasMessage("file not found: " + p);
    }

    @Test
    void aFileGdalCannotOpen() throws IOException {
        Path p = Files.writeString(dir.resolve("notes.txt"), "not a raster\n");
        assertThatThrownBy(() -> RasterInspector.inspect(p)).isInstanceOf(RasterException.class)
                .hasMessageStartingWith("GDAL cannot open " + p)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSingleBandRasterIsNotAScene() {
        HyperCube one = TestCubes.cube(3, 3, 1, null);
        Path p = dir.resolve("one.tif");
        SceneWriter.write(one, p, RasterFormat.GTIFF, null);
        assertThatThrownBy(() -> SceneReader.read(p)).isInstanceOf(RasterException.class)
                .hasMessageContaining("at least 2 bands").hasMessageContaining("one.tif");
    }

    @Test
    void anOutputFolderThatDoesNotExist() {
        Path p = dir.resolve("missing/scene.tif");
        assertThatThrownBy(() -> SceneWriter.write(TestCubes.cube(2, 2, 2, null), p, RasterFormat.GTIFF, null))
                .isInstanceOf(RasterException.class).hasMessageContaining("output folder does not exist");
    }
}
