package dipmix.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as the QGIS desktop drives it (a GUI QgsApplication offscreen, a mocked QgisInterface): provider
 * registered once, the settings action and dialog, QgsSettings keys and their environment overrides, unload.
 * Missing QGIS fails unless DIPMIX_SKIP_QGIS=1.
 */
class QgisPluginDesktopTest {
    @TempDir
    Path tmp;

    @Test
    void settingsDialogStoresTheConnectionAndEnvironmentOverridesIt() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("DIPMIX_SKIP_QGIS")), "DIPMIX_SKIP_QGIS=1");
        Path home = Files.createDirectories(tmp.resolve("home"));
        PythonScript.Outcome run = PythonScript.run(List.of("/usr/bin/python3", "qgis-plugin/tests/run_desktop_test.py"),
                Map.of("QT_QPA_PLATFORM", "offscreen", "HOME", home.toString(), "XDG_RUNTIME_DIR", home.toString(),
                        "PYTHONPATH", "/usr/share/qgis/python/plugins:qgis-plugin"), tmp, 120);
        assertThat(run.exitCode()).as("headless QGIS (CI needs python3-qgis):\n" + run.stderr()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.resultLine());

        assertThat(r.get("providers").asInt()).as("initProcessing then initGui register one provider").isEqualTo(1);
        assertThat(r.get("algorithms")).hasSize(3);
        assertThat(r.get("menu")).extracting(JsonNode::asText).containsExactly("dipmix");
        assertThat(r.get("dialog_defaults")).extracting(JsonNode::asText).containsExactly("http://127.0.0.1:8080", "", "");
        assertThat(r.get("raw_settings")).extracting(JsonNode::asText)
                .containsExactly("http://dipmix.example:9000", "secret", "/srv/dipmix/data");
        assertThat(r.get("stored")).extracting(JsonNode::asText)
                .containsExactly("http://dipmix.example:9000", "secret", "/srv/dipmix/data");
        assertThat(r.get("overridden").get(0).asText()).isEqualTo("http://127.0.0.1:8123");
        assertThat(r.get("key_cleared").get(1).isNull()).isTrue();
        assertThat(r.get("providers_after_unload").asInt()).isZero();
        assertThat(r.get("menu_removed")).extracting(JsonNode::asText).containsExactly("dipmix");
    }
}
