package dipmix.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.cli.Main;
import dipmix.cube.HyperCube;
import dipmix.jobs.StandardProcesses;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.SceneReader;
import dipmix.server.ProcessingServer;
import dipmix.server.ServerConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QGIS plugin in Debian's real headless QGIS (python3-qgis) against the real server on loopback: the driver
 * qgis-plugin/tests/run_plugin_test.py runs every algorithm once and prints what QGIS ended up with; each test
 * checks one part of it. Missing QGIS fails (CI must have it) unless DIPMIX_SKIP_QGIS=1, which skips.
 *
 * <p>Set -Ddipmix.qgis.png=docs/img/qgis-demo.png to also refresh the README screenshot from this run.
 */
class QgisPluginTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO = PythonScript.REPO.resolve("test-data/demo");

    @TempDir
    static Path tmp;
    static ProcessingServer server;
    static JsonNode seen;
    static Path work;

    @BeforeAll
    static void runThePluginInQgis() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPMIX_SKIP_QGIS")), "DIPMIX_SKIP_QGIS=1");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.copy(DEMO.resolve("scene.tif"), data.resolve("scene.tif"));
        // NMF with 20 endmembers on a noisy scene runs for minutes: a job that is surely still running when cancelled
        int code = Main.run(new String[]{"synth", tmp.resolve("syn").toString(), "--size", "32", "32", "--bands", "100",
                "--endmembers", "5", "--snr", "10", "--seed", "3"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        Files.copy(tmp.resolve("syn/scene.tif"), data.resolve("noisy.tif"));
        // an ENVI scene outside the data dir: the plugin converts it to GeoTIFF and uploads it
        assertThat(Main.run(new String[]{"synth", tmp.resolve("envi").toString(), "--size", "16", "14", "--bands", "30",
                "--endmembers", "3", "--snr", "40", "--seed", "9", "--format", "envi"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
        server = new ProcessingServer(new ServerConfig("127.0.0.1", 0, data, tmp.resolve("jobs"), 1, 8, null,
                Duration.ofHours(1), 1L << 20, 64L << 20, List.of(), null), StandardProcesses.catalogue()).start();

        work = Files.createDirectories(tmp.resolve("work"));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path png = work.resolve("qgis-demo.png");
        PythonScript.Outcome run = PythonScript.run(List.of("/usr/bin/python3", "qgis-plugin/tests/run_plugin_test.py",
                        data.resolve("scene.tif").toString(), DEMO.resolve("truth_E.csv").toString(),
                        data.resolve("noisy.tif").toString(), tmp.resolve("envi/scene.img").toString(), work.toString(),
                        png.toString()),
                Map.of("QT_QPA_PLATFORM", "offscreen", "HOME", home.toString(), "XDG_RUNTIME_DIR", home.toString(),
                        "PYTHONPATH", "/usr/share/qgis/python/plugins:qgis-plugin",
                        "DIPMIX_SERVER_URL", "http://127.0.0.1:" + server.port(), "DIPMIX_DATA_DIR", data.toString()),
                tmp, 240);
        assertThat(run.exitCode()).as("headless QGIS (CI needs the apt packages python3-qgis qgis-providers):\n"
                + run.stderr()).isZero();
        seen = JSON.readTree(run.resultLine());
        String refresh = System.getProperty("dipmix.qgis.png");
        if (refresh != null && Files.isRegularFile(png)) {
            Path target = PythonScript.REPO.resolve(refresh);
            Files.createDirectories(target.getParent());
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    /** The step's JSON, failing with the Python traceback when the step raised. */
    private static JsonNode step(String name) {
        JsonNode s = seen.get(name);
        assertThat(s).as("step " + name + " in " + seen).isNotNull();
        assertThat(s.has("error")).as(name + ": " + s.path("error").asText() + "\n" + s.path("trace").asText()).isFalse();
        return s;
    }

    private static List<String> truthMaterials() {
        return EndmemberCsv.read(DEMO.resolve("truth_E.csv")).names();
    }

    @Test
    void providerOffersTheThreeAlgorithmsAndUnmixTheIssuesParameters() {
        assertThat(seen.get("algorithms")).extracting(JsonNode::asText)
                .containsExactly("dipmix:estimateendmembers", "dipmix:extractendmembers", "dipmix:unmix");
        assertThat(seen.get("unmix_parameters")).extracting(JsonNode::asText)
                .containsExactly("INPUT", "METHOD", "ENDMEMBERS", "LIBRARY", "ITERATIONS", "PRESET", "SEED", "OUTPUT");
        assertThat(seen.get("unmix_methods")).extracting(JsonNode::asText).containsExactly("fclsu", "nmf", "undip", "buddip");
    }

    @Test
    void unmixLoadsAGroupWithTheCompositeAndOnePseudocolourLayerPerMaterial() {
        JsonNode unmix = step("unmix");
        assertThat(unmix.get("sent_by_path").asBoolean()).as("scene in the data dir goes by path").isTrue();
        assertThat(unmix.get("max_progress").asDouble()).isEqualTo(100.0);
        JsonNode groups = unmix.get("groups");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("name").asText()).isEqualTo("dipmix fclsu: demo");
        JsonNode layers = groups.get(0).get("layers");
        List<String> materials = truthMaterials();
        assertThat(layers).hasSize(1 + materials.size());
        assertThat(layers.get(0).get("renderer").asText()).isEqualTo("multibandcolor");
        for (int k = 0; k < materials.size(); k++) {
            JsonNode layer = layers.get(k + 1);
            assertThat(layer.get("valid").asBoolean()).isTrue();
            assertThat(layer.get("name").asText()).isEqualTo(materials.get(k));
            assertThat(layer.get("renderer").asText()).isEqualTo("singlebandpseudocolor");
            assertThat(layer.get("band").asInt()).as("pseudocolour of its own band").isEqualTo(k + 1);
            assertThat(layer.get("band_names").get(k).asText()).isEqualTo("Band " + (k + 1) + ": " + materials.get(k));
        }
        assertThat(groups.get(0).get("checked")).extracting(JsonNode::asBoolean)
                .containsExactly(true, false, false, false, false);
    }

    @Test
    void unmixSavesTheServersFilesUnderTheOutputNameAndTheAbundancesMatchTheTruth() {
        JsonNode unmix = step("unmix");
        List<String> files = new ArrayList<>();
        unmix.get("files").forEach(f -> files.add(f.asText()));
        assertThat(files).contains("demo.tif", "demo.qml", "demo.sld", "demo.endmembers.csv", "demo.endmembers.png",
                "demo.endmembers.html", "demo.json", "demo.stac.json", "demo.Almandine_HS114_3B.qml",
                "demo.Hypersthene_PYX02_h__250u.qml");
        assertThat(unmix.get("result").get("OUTPUT").asText()).isEqualTo(work.resolve("demo.tif").toString());
        // FCLSU with the true spectra recovers the true abundances up to the scene's noise
        HyperCube got = SceneReader.read(work.resolve("demo.tif"));
        HyperCube truth = SceneReader.read(DEMO.resolve("truth_A.tif"));
        assertThat(got.bands()).isEqualTo(truth.bands());
        assertThat(got.pixels()).isEqualTo(truth.pixels());
        double sq = 0;
        for (int b = 0; b < got.bands(); b++) {
            for (int i = 0; i < got.pixels(); i++) sq += Math.pow(got.get(b, i) - truth.get(b, i), 2);
        }
        assertThat(Math.sqrt(sq / (got.bands() * (double) got.pixels()))).isLessThan(0.05);
    }

    @Test
    void estimateConvertsAnEnviSceneUploadsItAndFindsTheTrueCount() {
        JsonNode estimate = step("estimate");
        assertThat(estimate.get("converted").asBoolean()).isTrue();
        assertThat(estimate.get("endmembers").asInt())
                .isEqualTo(EndmemberCsv.read(tmp.resolve("envi/truth_E.csv")).names().size());
        assertThat(estimate.get("eigenvalues").asInt()).isPositive();
    }

    @Test
    void extractUploadsASceneOutsideTheDataDirAndWritesTheEndmemberCsvAndPlot() {
        JsonNode extract = step("extract");
        assertThat(extract.get("uploaded").asBoolean()).isTrue();
        assertThat(extract.get("header")).extracting(JsonNode::asText).containsExactly("wavelength_nm", "em1", "em2", "em3", "em4");
        assertThat(extract.get("plot_exists").asBoolean()).isTrue();
        assertThat(extract.get("pixels").asInt()).isEqualTo(4);
    }

    @Test
    void serverFailuresRaiseQgsProcessingExceptionWithTheServersOwnWords() {
        JsonNode failure = step("failure");
        assertThat(failure.get("failed").asText()).as("job status message").contains("failed")
                .contains("the header must be 'wavelength_nm,<material>,...'");
        assertThat(failure.get("refused").asText()).as("problem detail of a refused request")
                .isEqualTo("no such resource");
    }

    @Test
    void cancellingInQgisDismissesTheRunningServerJob() {
        JsonNode cancel = step("cancel");
        assertThat(cancel.get("cancelled").asBoolean()).isTrue();
        assertThat(cancel.get("raised").asText()).contains("dismissed");
        assertThat(cancel.get("server_status").asText()).isEqualTo("dismissed");
        assertThat(cancel.get("server_message").asText()).isEqualTo("dismissed by client");
        assertThat(cancel.get("server_progress").asInt()).as("dismissed while running, not after success").isLessThan(100);
        assertThat(server.jobs().get(cancel.get("job").asText()).orElseThrow().status().code()).isEqualTo("dismissed");
    }

    @Test
    void renderShowsTheFourMaterialLayersAsASmallPng() throws Exception {
        JsonNode render = step("render");
        assertThat(render.get("layers")).extracting(JsonNode::asText).containsExactlyElementsOf(truthMaterials());
        Path png = Path.of(render.get("path").asText());
        assertThat(Files.size(png)).isLessThan(300_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(488);
        // four colour ramps: many distinct colours, not a blank or single-colour canvas
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) colours.add(image.getRGB(x, y));
        }
        assertThat(colours.size()).isGreaterThan(200);
    }
}
