package dipmix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.cube.HyperCube;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.raster.RasterFormat;
import dipmix.raster.RasterInspector;
import dipmix.raster.SceneReader;
import dipmix.raster.SceneWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dipmix unmix` end to end on scenes made by `dipmix synth`, checked against their truth. */
class UnmixCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path scene;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeScene() {
        CliRun run = CliRun.of("synth", shared.resolve("clean").toString(), "--size", "20", "18", "--bands", "40",
                "--endmembers", "3", "--snr", "Infinity", "--seed", "11");
        assertThat(run.code()).as(run.err()).isZero();
        scene = shared.resolve("clean");
    }

    private static JsonNode lastLine(String out) throws IOException {
        String[] lines = out.strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    @Test
    void fclsuRecoversNoiseFreeTruthAndWritesEveryOutput() throws Exception {
        Path out = dir.resolve("res/a.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "--method",
                "fclsu", "-r", "3", "--extractor", "vca", "--quiet", "--reference", scene.resolve("truth_A.tif").toString(),
                "--reference-endmembers", scene.resolve("truth_E.csv").toString());
        assertThat(run.code()).as(run.err()).isZero();

        JsonNode metrics = lastLine(run.out());
        assertThat(metrics.get("aRmse").asDouble()).isLessThan(1e-3);
        assertThat(metrics.get("aSadDegrees").asDouble()).isLessThan(0.5);

        HyperCube a = SceneReader.read(out);
        HyperCube y = SceneReader.read(scene.resolve("scene.tif"));
        assertThat(a.bands()).isEqualTo(3);
        assertThat(a.geo()).isEqualTo(y.geo());
        assertThat(RasterInspector.metadata(out).bandNames()).containsExactly("em1", "em2", "em3");
        for (int i = 0; i < a.pixels(); i++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                assertThat(a.get(k, i)).isGreaterThanOrEqualTo(-1e-6f);
                sum += a.get(k, i);
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        }
        EndmemberTable e = EndmemberCsv.read(dir.resolve("res/a.endmembers.csv"));
        assertThat(e.count()).isEqualTo(3);
        assertThat(e.bands()).isEqualTo(40);

        JsonNode report = JSON.readTree(dir.resolve("res/a.json").toFile());
        assertThat(report.get("method").asText()).isEqualTo("fclsu");
        assertThat(report.get("r").asInt()).isEqualTo(3);
        assertThat(report.get("endmemberSource").asText()).isEqualTo("vca");
        assertThat(report.get("metrics").get("aRmse").asDouble()).isEqualTo(metrics.get("aRmse").asDouble());
        assertThat(report.get("timings").get("totalSeconds").asDouble()).isPositive();
        for (String side : List.of("a.qml", "a.sld", "a.endmembers.png", "a.quicklook.png", "a.stac.json")) {
            assertThat(dir.resolve("res").resolve(side)).isRegularFile();
        }
    }

    @Test
    void libraryEndmembersNameTheBandsAndSkipExtraction() throws Exception {
        Path out = dir.resolve("lib.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "--endmembers",
                scene.resolve("truth_E.csv").toString(), "--quiet", "--reference", scene.resolve("truth_A.tif").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(lastLine(run.out()).get("aRmse").asDouble()).isLessThan(1e-4);
        List<String> materials = EndmemberCsv.read(scene.resolve("truth_E.csv")).names();
        assertThat(RasterInspector.metadata(out).bandNames()).isEqualTo(materials);
        assertThat(JSON.readTree(dir.resolve("lib.json").toFile()).get("endmemberSource").asText()).isEqualTo("library");
    }

    @Test
    void aLibraryListedOutOfWavelengthOrderIsResampledCorrectly() throws Exception {
        EndmemberTable truth = EndmemberCsv.read(scene.resolve("truth_E.csv"));
        int p = truth.bands();
        double[] wl = new double[p];
        double[][] spectra = new double[truth.count()][p];
        for (int b = 0; b < p; b++) {
            int from = (b * 7) % p; // a permutation of the rows, as sensors with overlapping detectors list them
            wl[b] = truth.wavelengthsNm()[from];
            for (int k = 0; k < truth.count(); k++) spectra[k][b] = truth.spectra()[k][from];
        }
        Path lib = dir.resolve("shuffled.csv");
        EndmemberCsv.write(lib, new EndmemberTable(wl, truth.names(), spectra));
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", dir.resolve("s.tif").toString(),
                "--endmembers", lib.toString(), "--quiet", "--reference", scene.resolve("truth_A.tif").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(lastLine(run.out()).get("aRmse").asDouble()).isLessThan(1e-4);
    }

    @Test
    void invalidPixelsAreNodataInTheOutput() throws Exception {
        HyperCube y = SceneReader.read(scene.resolve("scene.tif"));
        float[] data = y.data().clone();
        int n = y.pixels();
        int[] holes = {0, 7, n - 1};
        for (int i : holes) data[5 * n + i] = Float.NaN; // one bad sample invalidates the pixel
        BitSet all = new BitSet(n);
        all.set(0, n);
        Path holed = dir.resolve("holed.tif");
        SceneWriter.write(new HyperCube(y.width(), y.height(), y.bands(), data, all, y.spectral(), y.geo()), holed,
                RasterFormat.GTIFF, null);

        Path out = dir.resolve("holed_out.tif");
        CliRun run = CliRun.of("unmix", holed.toString(), "-o", out.toString(), "-r", "3", "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        HyperCube a = SceneReader.read(out);
        for (int i : holes) {
            assertThat(a.isValid(i)).as("pixel %d", i).isFalse();
        }
        assertThat(a.validPixelCount()).isEqualTo(n - holes.length);
        assertThat(JSON.readTree(dir.resolve("holed_out.json").toFile()).get("scene").get("validPixels").asInt())
                .isEqualTo(n - holes.length);
    }

    @Test
    void tooManyEndmembersIsAOneLineErrorAndLeavesNothing() throws Exception {
        Path out = dir.resolve("x/none.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "-r", "41", "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("41 endmembers").contains("40 usable bands").doesNotContain("\n")
                .doesNotContain("Exception");
        try (Stream<Path> left = Files.list(dir.resolve("x"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aLibraryWithMissingValuesIsRefused() throws Exception {
        EndmemberTable truth = EndmemberCsv.read(scene.resolve("truth_E.csv"));
        double[][] spectra = truth.spectra();
        spectra[1][3] = Double.NaN;
        Path lib = dir.resolve("nan.csv");
        EndmemberCsv.write(lib, new EndmemberTable(truth.wavelengthsNm(), truth.names(), spectra));
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", dir.resolve("o.tif").toString(),
                "--endmembers", lib.toString(), "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(truth.names().get(1)).contains("nan.csv");
        assertThat(dir.resolve("o.tif")).doesNotExist();
    }

    @Test
    void anAllInvalidSceneIsRefused() throws Exception {
        HyperCube y = SceneReader.read(scene.resolve("scene.tif"));
        float[] data = new float[y.data().length];
        java.util.Arrays.fill(data, Float.NaN);
        BitSet all = new BitSet(y.pixels());
        all.set(0, y.pixels());
        Path empty = dir.resolve("empty.tif");
        SceneWriter.write(new HyperCube(y.width(), y.height(), y.bands(), data, all, y.spectral(), y.geo()), empty,
                RasterFormat.GTIFF, null);
        CliRun run = CliRun.of("unmix", empty.toString(), "-o", dir.resolve("e.tif").toString(), "-r", "2", "--quiet");
        assertThat(run.code()).as(run.out()).isEqualTo(2);
        assertThat(run.err().strip()).containsAnyOf("no valid pixel", "no usable band").doesNotContain("\n");
    }

    @Test
    void nmfRefinesAndReportsItsIterations() throws Exception {
        Path out = dir.resolve("nmf.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "--method", "nmf",
                "-r", "3", "--iterations", "50", "--quiet", "--reference", scene.resolve("truth_A.tif").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(dir.resolve("nmf.json").toFile());
        assertThat(report.get("iterationsRun").asInt()).isBetween(1, 50);
        assertThat(report.get("metrics").get("aRmse").asDouble()).isLessThan(0.05);
    }

    @Test
    void undipTrainsFromFclsuMapsAndReportsItsTraining() throws Exception {
        Path out = dir.resolve("undip.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "--method", "undip",
                "-r", "3", "--preset", "fast", "--iterations", "15", "--init", "fclsu", "--optimizer", "nadam", "--quiet",
                "--stop-at-noise", "--reference", scene.resolve("truth_A.tif").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(dir.resolve("undip.json").toFile());
        int ran = report.get("iterationsRun").asInt();
        // the stop is checked every 10 iterations: either it fired at 10 or the run went to its limit
        assertThat(ran == 15 || (ran == 10 && report.get("earlyStopped").asBoolean())).as("iterations run " + ran).isTrue();
        assertThat(report.get("parameters").get("stopAtNoise").asBoolean()).isTrue();
        assertThat(report.get("stopThreshold").asDouble()).isPositive().isFinite();
        assertThat(report.get("preset").asText()).isEqualTo("fast");
        assertThat(report.get("init").asText()).isEqualTo("fclsu");
        assertThat(report.get("secondsPerIteration").asDouble()).isPositive();
        // accuracy after full training is UndipTest's subject; here the metrics line must be there and sane
        assertThat(lastLine(run.out()).get("aRmse").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("finalLoss").asDouble()).isPositive().isLessThan(report.get("reconstructionError").asDouble() * 10);
        assertThat(dir.resolve("undip.loss.png")).isRegularFile();
        HyperCube a = SceneReader.read(out);
        for (int i = 0; i < a.pixels(); i += 17) {
            assertThat(a.get(0, i) + a.get(1, i) + a.get(2, i)).isCloseTo(1.0f, org.assertj.core.api.Assertions.within(1e-4f));
        }
    }

    @Test
    void buddipReportsGuidanceAndFinalMetricsAndRefinesTheEndmembers() throws Exception {
        Path out = dir.resolve("bud.tif");
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", out.toString(), "--method", "buddip",
                "-r", "3", "--guidance", "vca", "--alpha", "0.1,0.01,1", "--iterations", "8", "--quiet",
                "--reference", scene.resolve("truth_A.tif").toString(),
                "--reference-endmembers", scene.resolve("truth_E.csv").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(dir.resolve("bud.json").toFile());
        assertThat(report.get("iterationsRun").asInt()).isEqualTo(8);
        assertThat(report.get("guidance").asText()).isEqualTo("vca");
        assertThat(report.get("guidanceMetrics").get("aSadDegrees").asDouble()).isLessThan(1.0); // pure pixels: VCA is near exact
        assertThat(report.get("metrics").get("aSadDegrees").asDouble()).isFinite();
        EndmemberTable e = EndmemberCsv.read(dir.resolve("bud.endmembers.csv"));
        for (double[] spectrum : e.spectra()) {
            for (double v : spectrum) assertThat(v).isGreaterThan(0.0); // EDIP's sigmoid keeps reflectance positive
        }
        HyperCube a = SceneReader.read(out);
        for (int i = 0; i < a.pixels(); i += 13) {
            assertThat(a.get(0, i) + a.get(1, i) + a.get(2, i)).isCloseTo(1.0f, org.assertj.core.api.Assertions.within(1e-4f));
        }
    }

    @Test
    void unknownGuidanceIsAOneLineError() {
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", dir.resolve("g.tif").toString(),
                "--method", "buddip", "-r", "3", "--guidance", "magic", "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --guidance 'magic'");
    }

    @Test
    void unknownInitIsAOneLineError() {
        CliRun run = CliRun.of("unmix", scene.resolve("scene.tif").toString(), "-o", dir.resolve("i.tif").toString(),
                "--method", "undip", "-r", "3", "--init", "pca", "--quiet");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --init 'pca'");
    }

    @Test
    void estimateRFindsTheTrueCountAt30Db() throws Exception {
        CliRun synth = CliRun.of("synth", dir.resolve("n30").toString(), "--size", "32", "32", "--bands", "60",
                "--endmembers", "4", "--snr", "30", "--seed", "3");
        assertThat(synth.code()).as(synth.err()).isZero();
        CliRun run = CliRun.of("estimate-r", dir.resolve("n30/scene.tif").toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("r").asInt()).isEqualTo(4);
        assertThat(j.get("eigenvalues").size()).isEqualTo(60);
    }
}
