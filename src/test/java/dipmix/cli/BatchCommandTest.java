package dipmix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.raster.RasterInspector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    private Path scenes() throws Exception {
        Path in = dir.resolve("in");
        for (String name : new String[]{"north", "south"}) {
            CliRun s = CliRun.of("synth", dir.resolve(name).toString(), "--size", "12", "10", "--bands", "30",
                    "--endmembers", "3", "--snr", "40", "--seed", String.valueOf(name.length()));
            assertThat(s.code()).as(s.err()).isZero();
            Files.createDirectories(in);
            Files.copy(dir.resolve(name).resolve("scene.tif"), in.resolve(name + ".tif"));
        }
        Files.writeString(in.resolve("broken.tif"), "not a raster");
        return in;
    }

    @Test
    void failingSceneIsReportedOthersGoOnAndReRunsSkipCompleteOutputs() throws Exception {
        Path in = scenes();
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("batch", in.toString(), "-o", out.toString(), "-r", "3", "--quiet");
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("3 scenes: 2 done, 0 skipped, 1 failed").contains("broken.tif");
        assertThat(RasterInspector.metadata(out.resolve("north.tif")).bands()).isEqualTo(3);
        assertThat(out.resolve("south.json")).isRegularFile();
        assertThat(out.resolve("broken.tif")).doesNotExist();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("batch.json").toFile());
        assertThat(summary).hasSize(3);
        assertThat(summary.findValuesAsText("status")).containsExactlyInAnyOrder("done", "done", "failed");

        Files.delete(in.resolve("broken.tif"));
        CliRun again = CliRun.of("batch", in.toString(), "-o", out.toString(), "-r", "3", "--quiet");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("2 scenes: 0 done, 2 skipped, 0 failed");

        Files.delete(out.resolve("south.json")); // an interrupted run leaves no report: it is redone
        CliRun resumed = CliRun.of("batch", in.resolve("*.tif").toString(), "-o", out.toString(), "-r", "3", "--quiet",
                "--jobs", "2");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("2 scenes: 1 done, 1 skipped, 0 failed");

        CliRun forced = CliRun.of("batch", in.toString(), "-o", out.toString(), "-r", "3", "--quiet", "--force");
        assertThat(forced.out()).contains("2 scenes: 2 done, 0 skipped, 0 failed");
    }

    @Test
    void aListFileNamesScenesRelativeToItself() throws Exception {
        Path in = scenes();
        Files.writeString(in.resolve("list.txt"), "# two scenes\nnorth.tif\n\nsouth.tif\n");
        CliRun run = CliRun.of("batch", in.resolve("list.txt").toString(), "-o", dir.resolve("o").toString(), "-r", "3",
                "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("o/north.tif")).isRegularFile();
        assertThat(dir.resolve("o/south.tif")).isRegularFile();
    }

    @Test
    void badOptionsFailBeforeAnySceneWithExitCode2() throws Exception {
        Path in = scenes();
        CliRun run = CliRun.of("batch", in.toString(), "-o", dir.resolve("o").toString(), "--method", "magic");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown method 'magic'");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
