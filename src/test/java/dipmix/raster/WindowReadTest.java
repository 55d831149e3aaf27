package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.cube.HyperCube;
import dipmix.cube.Window;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowReadTest {
    @TempDir
    Path dir;

    private Path scene() {
        int w = 13, h = 11;
        BitSet valid = new BitSet(w * h);
        valid.set(0, w * h);
        valid.clear(5 * w + 6);
        Path path = dir.resolve("scene.tif");
        SceneWriter.write(TestCubes.cube(w, h, 4, valid), path, RasterFormat.GTIFF, null);
        return path;
    }

    @Test
    void aWindowEqualsTheSameSliceOfAFullRead() {
        Path path = scene();
        HyperCube full = SceneReader.read(path);
        Window win = new Window(3, 2, 7, 5);

        HyperCube part = SceneReader.read(path, win);

        assertThat(part.width()).isEqualTo(7);
        assertThat(part.height()).isEqualTo(5);
        for (int b = 0; b < 4; b++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 7; x++) {
                    int fi = (y + 2) * 13 + x + 3;
                    int pi = y * 7 + x;
                    assertThat(part.isValid(pi)).isEqualTo(full.isValid(fi));
                    if (full.isValid(fi)) assertThat(part.get(b, pi)).isEqualTo(full.get(b, fi));
                }
            }
        }
        assertThat(part.validPixelCount()).isEqualTo(34);
        assertThat(part.geo().geoTransform()).containsExactly(500000 + 3 * 30, 30, 0, 4200000 - 2 * 30, 0, -30);
    }

    @Test
    void aWindowOutsideTheRasterIsRejected() {
        Path path = scene();

        assertThatThrownBy(() -> SceneReader.read(path, new Window(10, 0, 4, 2)))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("lies outside").hasMessageContaining("scene.tif").hasMessageContaining("13x11");
    }

    @Test
    void aSceneOverTheMemoryBudgetIsRefusedBeforeReading() {
        Path path = scene();
        long need = MemoryBudget.sceneBytes(4, 13 * 11);
        assertThat(SceneReader.requiredBytes(path, null)).isEqualTo(need);
        assertThat(SceneReader.requiredBytes(path, new Window(0, 0, 2, 2))).isEqualTo(MemoryBudget.sceneBytes(4, 4));

        assertThatThrownBy(() -> SceneReader.read(path, null, need - 1))
                .isInstanceOf(RasterException.class)
                .hasMessageContaining("memory budget").hasMessageContaining(MemoryBudget.ENV);
        assertThat(SceneReader.read(path, null, need).bands()).isEqualTo(4);
    }

    @Test
    void budgetSizesParse() {
        assertThat(MemoryBudget.parse("512m", "x")).isEqualTo(512L << 20);
        assertThat(MemoryBudget.parse("2G", "x")).isEqualTo(2L << 30);
        assertThat(MemoryBudget.parse("1000", "x")).isEqualTo(1000);
        assertThatThrownBy(() -> MemoryBudget.parse("lots", "DIPMIX_MEMORY_BUDGET"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DIPMIX_MEMORY_BUDGET");
    }
}
