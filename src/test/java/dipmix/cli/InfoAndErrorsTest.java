package dipmix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoAndErrorsTest {
    @TempDir
    Path dir;
    private Path scene;

    @BeforeEach
    void writeScene() {
        assertThat(CliRun.of("synth", dir.resolve("s").toString(), "--size", "10", "6", "--bands", "12",
                "--endmembers", "3", "--snr", "40", "--seed", "1", "--format", "envi").code()).isZero();
        scene = dir.resolve("s/scene.img");
    }

    @Test
    void infoPrintsOneJsonObjectWithTheAgreedFields() throws Exception {
        CliRun run = CliRun.of("info", scene.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("path").asText()).isEqualTo(scene.toString());
        assertThat(j.get("driver").asText()).isEqualTo("ENVI");
        assertThat(j.get("width").asInt()).isEqualTo(10);
        assertThat(j.get("height").asInt()).isEqualTo(6);
        assertThat(j.get("bands").asInt()).isEqualTo(12);
        assertThat(j.get("wavelengths").size()).isEqualTo(12);
        assertThat(j.get("wavelengths").get(0).asDouble()).isGreaterThan(300).isLessThan(500);
        assertThat(j.get("wavelengthUnits").asText()).isEqualTo("nm");
        assertThat(j.get("badBands").isArray()).isTrue();
        assertThat(j.get("badBands").size()).isZero();
        assertThat(j.get("nodata").isNull()).isTrue();
        assertThat(j.get("crs").asText()).contains("UTM zone 10N");
        assertThat(j.get("epsg").asInt()).isEqualTo(32610);
        assertThat(j.get("geotransform").size()).isEqualTo(6);
        assertThat(j.get("geotransform").get(1).asDouble()).isEqualTo(20.0);
        assertThat(j.get("validPixels").asLong()).isEqualTo(60);
    }

    @Test
    void userErrorsExitWithTwoAndOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("readme.txt"), "hello\n");
        Path aFile = Files.writeString(dir.resolve("plainfile"), "x");
        String[][] cases = {
            {"info", dir.resolve("missing.tif").toString()},
            {"info", text.toString()},
            {"synth", aFile.resolve("sub").toString(), "--size", "4", "4", "--bands", "5", "--endmembers", "2",
                "--snr", "30", "--seed", "1"},
            {"synth", dir.resolve("x").toString(), "--size", "4", "4", "--bands", "5", "--endmembers", "2", "--snr", "30"},
            {"synth", dir.resolve("x").toString(), "--size", "4", "4", "--bands", "5", "--endmembers", "2",
                "--snr", "30", "--seed", "1", "--format", "png"},
            {"frobnicate"},
            {},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args) + " -> " + run.err()).isEqualTo(2);
            assertThat(run.err()).startsWith("dipmix: ").doesNotContain("\tat ");
            assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aSingleBandRasterIsAUserError() {
        Path one = dir.resolve("one.tif");
        dipmix.raster.SceneWriter.write(dipmix.cube.HyperCube.of(2, 2, 1, new float[4], dipmix.cube.SpectralInfo.unknown(1),
                null), one, dipmix.raster.RasterFormat.GTIFF, null);

        CliRun run = CliRun.of("info", one.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("dipmix: a hyperspectral scene needs at least 2 bands, " + one + " has 1");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = CliRun.of("info", "--debug", dir.resolve("missing.tif").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("dipmix: file not found: ").contains("\tat dipmix.raster.");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(CliRun.of("--version").out()).startsWith("dipmix ");
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("info").contains("synth");
    }
}
