package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import dipmix.jobs.ProcessCatalogue;
import dipmix.jobs.SlowProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Result files: HEAD, Range/206, 416, GDAL side-file probes, traversal; a GeoTIFF opened by gdalinfo over /vsicurl/. */
class FileRoutesTest {
    @TempDir
    static Path tmp;
    static ProcessingServer server;
    static String jobId;
    static byte[] tif;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void up() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path src = data.resolve("scene.tif");
        boolean gdal = Files.isExecutable(Path.of("/usr/bin/gdal_create"));
        if (gdal) {
            Process p = new ProcessBuilder("/usr/bin/gdal_create", "-q", "-of", "GTiff", "-outsize", "16", "16", "-bands", "3",
                    "-ot", "Float32", "-burn", "0.25", "-a_srs", "EPSG:32631", "-a_ullr", "500000", "4000160", "500160", "4000000",
                    src.toString()).inheritIO().start();
            assertThat(p.waitFor()).isZero();
        } else {
            byte[] b = new byte[5000];
            for (int i = 0; i < b.length; i++) b[i] = (byte) i;
            Files.write(src, b);
        }
        tif = Files.readAllBytes(src);
        ProcessCatalogue cat = SlowProcess.catalogue();
        server = new ProcessingServer(TestServer.config(tmp), cat).start();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/processes/copy/execution")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":{\"input\":\"scene.tif\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode res = TestServer.JSON.readTree(r.body());
        String href = res.at("/abundances/href").asText();
        assertThat(href).endsWith("/files/copy/abundances.tif");
        jobId = href.split("/jobs/")[1].split("/")[0];
    }

    @AfterAll
    static void down() {
        server.stop();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String file() {
        return "/jobs/" + jobId + "/files/copy/abundances.tif";
    }

    @Test
    void getServesTheWholeFileWithItsDeclaredType() throws Exception {
        HttpResponse<byte[]> r = send("GET", file());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(tif);
        assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/tiff");
    }

    @Test
    void headGivesLengthWithoutBody() throws Exception {
        HttpResponse<byte[]> r = send("HEAD", file());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValueAsLong("Content-Length").orElse(-1)).isEqualTo(tif.length);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void rangesAnswer206WithExactBytes() throws Exception {
        HttpResponse<byte[]> r = send("GET", file(), "Range", "bytes=100-199");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + tif.length);
        assertThat(r.body()).isEqualTo(java.util.Arrays.copyOfRange(tif, 100, 200));
        HttpResponse<byte[]> tail = send("GET", file(), "Range", "bytes=-10");
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(tif, tif.length - 10, tif.length));
        HttpResponse<byte[]> open = send("GET", file(), "Range", "bytes=" + (tif.length - 5) + "-");
        assertThat(open.body()).hasSize(5);
        HttpResponse<byte[]> beyond = send("GET", file(), "Range", "bytes=" + tif.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + tif.length);
    }

    @Test
    void sideFileProbesAndMissingFilesAre404() throws Exception {
        for (String suffix : List.of(".aux.xml", ".ovr", ".msk", ".AUX.XML")) {
            assertThat(send("HEAD", file() + suffix).statusCode()).as(suffix).isEqualTo(404);
            assertThat(send("GET", file() + suffix).statusCode()).as(suffix).isEqualTo(404);
        }
        assertThat(send("GET", "/jobs/" + jobId + "/files/nothing.tif").statusCode()).isEqualTo(404);
    }

    @Test
    void traversalOutOfTheJobDirectoryIs404() throws Exception {
        Files.writeString(tmp.resolve("jobs/secret.txt"), "no");
        for (String p : List.of("/jobs/" + jobId + "/files/../secret.txt", "/jobs/" + jobId + "/files/%2e%2e/secret.txt",
                "/jobs/" + jobId + "/files/copy/%2e%2e/%2e%2e/secret.txt")) {
            HttpResponse<byte[]> r = send("GET", p);
            assertThat(r.statusCode()).as(p).isIn(400, 404);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("no\n").isNotEqualTo("no");
        }
    }

    @Test
    void gdalOpensTheResultOverVsicurl() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gdalinfo")), "gdalinfo (gdal-bin) not installed");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/gdalinfo", "-stats", "/vsicurl/" + url(file()));
        pb.environment().put("GDAL_PAM_ENABLED", "NO");
        pb.environment().put("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".tif");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("Size is 16, 16").contains("Band 3").contains("STATISTICS_MEAN=0.25");
    }
}
