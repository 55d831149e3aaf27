package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs OWSLib's WPS 1.0.0 client (Debian python3-owslib) against the live server on loopback: capabilities,
 * descriptions, async execution with a raster by reference and outputs by reference (the unmix shape), progress
 * polling, sync execution and a failure. Skipped only when /usr/bin/python3 cannot import owslib.
 */
class OwsLibIntegrationTest {
    @TempDir
    Path tmp;

    static boolean owslibAvailable() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) return false;
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import owslib.wps").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void owslibRunsProcessesEndToEnd() throws Exception {
        assumeTrue(owslibAvailable(), "python3-owslib is not installed (apt-get install python3-owslib)");
        Path data = Files.createDirectories(tmp.resolve("data"));
        byte[] raster = new byte[12345];
        for (int i = 0; i < raster.length; i++) raster[i] = (byte) (i % 251);
        Files.write(data.resolve("scene.tif"), raster);
        Path script = Path.of(System.getProperty("dipmix.repo", "."), "src/test/python/owslib_wps_client.py");
        try (TestServer s = new TestServer(TestServer.config(tmp))) {
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), s.url(""), tmp.toString()).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isZero();
            // OWSLib may print its own notices; the script's result is the line marked RESULT
            String result = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow(
                    () -> new AssertionError("no RESULT line; stdout:\n" + out + "\nstderr:\n" + err));
            JsonNode seen = TestServer.JSON.readTree(result.substring(7));
            assertThat(seen.get("title").asText()).isEqualTo("dipmix processing server");
            assertThat(seen.get("processes").toString()).contains("\"echo\"", "\"slow\"", "\"copy\"");
            assertThat(seen.get("operations").toString()).contains("GetCapabilities", "DescribeProcess", "Execute");
            assertThat(seen.at("/copy_inputs/input").asText()).isEqualTo("ComplexData");
            assertThat(seen.get("copy_outputs").toString()).contains("abundances", "bytes");
            assertThat(seen.at("/slow_defaults/iterations").asInt()).isEqualTo(5);
            assertThat(seen.get("accepted_status").asText()).isIn("ProcessAccepted", "ProcessStarted", "ProcessSucceeded");
            assertThat(seen.get("async_status").asText()).isEqualTo("ProcessSucceeded");
            assertThat(seen.at("/async_outputs/abundances").asText()).startsWith(s.url("/jobs/")).endsWith("/files/copy/abundances.tif");
            assertThat(seen.at("/async_outputs/bytes").asText()).isEqualTo("12345");
            assertThat(seen.get("downloaded_bytes").asInt()).isEqualTo(12345);
            assertThat(Files.readAllBytes(tmp.resolve("downloaded.tif"))).isEqualTo(raster);
            assertThat(seen.get("slow_status").asText()).isEqualTo("ProcessSucceeded");
            assertThat(seen.get("slow_percent_seen").toString()).contains("100");
            assertThat(seen.get("slow_percent_seen").size()).as("intermediate progress seen").isGreaterThan(2);
            assertThat(seen.get("sync_status").asText()).isEqualTo("ProcessSucceeded");
            assertThat(seen.at("/sync_outputs/stringOutput").asText()).isEqualTo("hello wps");
            assertThat(seen.at("/sync_outputs/doubleOutput").asDouble()).isEqualTo(2.5);
            // OWSLib turns ProcessFailed with its embedded ExceptionReport into status "Exception" plus errors
            assertThat(seen.get("failed_status").asText()).isIn("ProcessFailed", "Exception");
            assertThat(seen.get("failed_errors").toString()).contains("asked to fail after 1 steps");
        }
    }
}
