package dipmix.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dipmix.cli.Main;
import dipmix.cube.HyperCube;
import dipmix.jobs.StandardProcesses;
import dipmix.raster.RasterInspector;
import dipmix.raster.SceneReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real unmixing processes behind the live server, through OGC API - Processes and OWSLib's WPS client. */
class UnmixProcessTest {
    @TempDir
    static Path tmp;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        int code = Main.run(new String[]{"synth", tmp.resolve("syn").toString(), "--size", "16", "14", "--bands", "30",
                "--endmembers", "3", "--snr", "40", "--seed", "9"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        Files.copy(tmp.resolve("syn/scene.tif"), data.resolve("scene.tif"));
        ServerConfig c = TestServer.config(tmp);
        s = new TestServer(c, StandardProcesses.catalogue());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void asyncUnmixRunsToSuccessAndServesAGeoTiffGdalReads() throws Exception {
        HttpResponse<String> r = s.postJson("/processes/unmix/execution",
                "{\"inputs\":{\"input\":{\"href\":\"scene.tif\"},\"method\":\"fclsu\",\"endmembers\":3,\"residual\":true}}",
                "Prefer", "respond-async");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = TestServer.json(r).get("jobID").asText();
        JsonNode status = s.awaitFinal(id);
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("successful");
        assertThat(status.get("progress").asInt()).isEqualTo(100);

        JsonNode results = TestServer.json(s.get("/jobs/" + id + "/results"));
        for (String out : new String[]{"abundances", "endmembers", "report", "style", "plot", "stac", "residual"}) {
            assertThat(results.has(out)).as(out + " in " + results).isTrue();
        }
        String href = results.get("abundances").get("href").asText();
        HttpResponse<byte[]> tif = s.http.send(HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(tif.statusCode()).isEqualTo(200);
        Path local = tmp.resolve("fetched.tif");
        Files.write(local, tif.body());
        HyperCube a = SceneReader.read(local);
        assertThat(a.bands()).isEqualTo(3);
        assertThat(RasterInspector.metadata(local).bandNames()).containsExactly("em1", "em2", "em3");
        double sum = a.get(0, 5) + a.get(1, 5) + a.get(2, 5);
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));

        JsonNode report = TestServer.JSON.readTree(s.get(URI.create(results.get("report").get("href").asText()).getPath()).body());
        assertThat(report.get("method").asText()).isEqualTo("fclsu");
        assertThat(report.get("r").asInt()).isEqualTo(3);
    }

    @Test
    void badInputsAreRefusedOrFailWithTheAlgorithmsMessage() throws Exception {
        HttpResponse<String> bad = s.postJson("/processes/unmix/execution",
                "{\"inputs\":{\"input\":{\"href\":\"scene.tif\"},\"method\":\"magic\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("method");

        HttpResponse<String> escape = s.postJson("/processes/unmix/execution",
                "{\"inputs\":{\"input\":{\"href\":\"../syn/scene.tif\"}}}");
        assertThat(escape.statusCode()).isEqualTo(400);

        HttpResponse<String> r = s.postJson("/processes/unmix/execution",
                "{\"inputs\":{\"input\":{\"href\":\"scene.tif\"},\"endmembers\":31}}", "Prefer", "respond-async");
        JsonNode status = s.awaitFinal(TestServer.json(r).get("jobID").asText());
        assertThat(status.get("status").asText()).isEqualTo("failed");
        assertThat(status.get("message").asText()).contains("31 endmembers").contains("30 usable bands");
    }

    @Test
    void libraryInlineAsJsonNamesTheMaterials() throws Exception {
        dipmix.raster.EndmemberTable e = dipmix.raster.EndmemberCsv.read(tmp.resolve("syn/truth_E.csv"));
        java.util.Map<String, Object> table = new java.util.LinkedHashMap<>();
        table.put("wavelength_nm", e.wavelengthsNm());
        for (int k = 0; k < e.count(); k++) table.put(e.names().get(k), e.spectra()[k]);
        String body = TestServer.JSON.writeValueAsString(java.util.Map.of("inputs", java.util.Map.of(
                "input", java.util.Map.of("href", "scene.tif"), "library", table)));
        HttpResponse<String> r = s.postJson("/processes/unmix/execution", body, "Prefer", "respond-async");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode status = s.awaitFinal(TestServer.json(r).get("jobID").asText());
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("successful");
        JsonNode results = TestServer.json(s.get("/jobs/" + status.get("jobID").asText() + "/results"));
        JsonNode report = TestServer.JSON.readTree(s.get(URI.create(results.get("report").get("href").asText()).getPath()).body());
        assertThat(report.get("materials").toString()).contains(e.names().get(0), e.names().get(2));
        assertThat(report.get("endmemberSource").asText()).isEqualTo("library");
    }

    @Test
    void extractionAndCountEstimationAnswerSynchronously() throws Exception {
        HttpResponse<String> ex = s.postJson("/processes/extract-endmembers/execution",
                "{\"inputs\":{\"input\":{\"href\":\"scene.tif\"},\"endmembers\":3,\"extractor\":\"vca\"}}");
        assertThat(ex.statusCode()).as(ex.body()).isEqualTo(200);
        JsonNode out = TestServer.json(ex);
        assertThat(out.get("pixels").size()).isEqualTo(3);
        assertThat(out.get("endmembers").get("href").asText()).endsWith("endmembers.csv");

        HttpResponse<String> est = s.postJson("/processes/estimate-endmember-count/execution",
                "{\"inputs\":{\"input\":{\"href\":\"scene.tif\"}}}");
        assertThat(est.statusCode()).as(est.body()).isEqualTo(200);
        assertThat(TestServer.json(est).get("r").asInt()).isEqualTo(3);
    }

    @Test
    void owslibRunsUnmixEndToEnd() throws Exception {
        assumeThat(OwsLibIntegrationTest.owslibAvailable()).as("python3-owslib installed").isTrue();
        Path script = Path.of(System.getProperty("dipmix.repo", "."), "src/test/python/owslib_unmix.py");
        Path out = tmp.resolve("owslib.tif");
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), s.url(""), out.toString()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        String line = stdout.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
        JsonNode seen = TestServer.JSON.readTree(line.substring(7));
        assertThat(seen.get("inputs").toString()).contains("input", "method", "endmembers", "library", "preset");
        assertThat(seen.get("status").asText()).as(seen.toString()).isEqualTo("ProcessSucceeded");
        assertThat(SceneReader.read(out).bands()).isEqualTo(3);
    }
}
