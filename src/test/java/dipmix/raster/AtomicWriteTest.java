package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gdal.gdal.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part way leaves nothing under the final name, and no temporary file either. */
class AtomicWriteTest {
    @TempDir
    Path dir;

    private List<Path> folder() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aGdalWriteThatFailsHalfWayLeavesNothing() throws IOException {
        Path target = dir.resolve("scene.img");

        assertThatThrownBy(() -> AtomicOutput.write(target, List.of(".hdr"), temp -> {
            Dataset ds = GdalCreate.float32("ENVI", temp, 8, 8, 3, new String[0], target);
            GdalCreate.fillAndClose(ds, target, d -> {
                BandIo.write(d.GetRasterBand(1), 0, 0, 8, 8, new float[64], target);
                throw new RasterException("disk full (simulated) while writing " + target);
            });
        })).isInstanceOf(RasterException.class).hasMessageContaining("simulated");

        assertThat(folder()).isEmpty();
    }

    @Test
    void aFailedRewriteKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("truth_A.tif");
        Files.writeString(target, "previous");

        assertThatThrownBy(() -> AtomicOutput.write(target, List.of(), temp -> {
            Files.writeString(temp, "half");
            throw new IOException("interrupted");
        })).isInstanceOf(RasterException.class).hasMessageContaining("interrupted").hasMessageContaining("truth_A.tif");

        assertThat(folder()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("previous");
    }

    @Test
    void aSuccessfulEnviWriteRenamesBothFiles() throws IOException {
        Path target = dir.resolve("scene.img");
        SceneWriter.write(TestCubes.cube(3, 2, 2, null), target, RasterFormat.ENVI, null);

        assertThat(folder()).containsExactlyInAnyOrder(target, dir.resolve("scene.hdr"));
        assertThat(Files.readString(dir.resolve("scene.hdr"))).doesNotContain(".dipmix-").contains("wavelength = {400, 412.5}");
    }
}
