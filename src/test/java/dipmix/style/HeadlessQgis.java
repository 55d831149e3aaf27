package dipmix.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/resources/qgis/load_style.py in Debian's headless QGIS (python3-qgis) and returns its JSON.
 *
 * <p>Missing QGIS fails the test (CI must have it) unless DIPMIX_SKIP_QGIS=1 is set, which skips instead.
 */
final class HeadlessQgis {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private HeadlessQgis() {
    }

    /** Loads {@code raster} with the style {@code qml}. */
    static JsonNode loadStyle(Path raster, Path qml, Path home) throws IOException, InterruptedException {
        return run(raster, qml.toString(), home);
    }

    /** Loads {@code raster} with the default style QGIS finds for it on its own. */
    static JsonNode loadDefaultStyle(Path raster, Path home) throws IOException, InterruptedException {
        return run(raster, "default", home);
    }

    private static JsonNode run(Path raster, String qml, Path home) throws IOException, InterruptedException {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPMIX_SKIP_QGIS")), "DIPMIX_SKIP_QGIS=1");
        Path script = Path.of(System.getProperty("dipmix.repo", "."), "src/test/resources/qgis/load_style.py");
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), script.toString(), raster.toString(), qml);
        pb.environment().put("QT_QPA_PLATFORM", "offscreen");
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_RUNTIME_DIR", home.toString());
        pb.environment().put("PYTHONPATH", "/usr/share/qgis/python/plugins");
        Path stderr = home.resolve("stderr.txt");
        pb.redirectError(stderr.toFile());
        Process p = pb.start();
        byte[] stdout = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("headless QGIS did not finish in 120 s");
        }
        String err = Files.readString(stderr);
        if (p.exitValue() != 0) {
            throw new AssertionError("headless QGIS failed (exit " + p.exitValue() + "; CI needs the apt packages "
                    + "python3-qgis qgis-providers):\n" + err);
        }
        String out = new String(stdout, StandardCharsets.UTF_8).strip();
        String lastLine = out.substring(out.lastIndexOf('\n') + 1);
        return new ObjectMapper().readTree(lastLine);
    }
}
