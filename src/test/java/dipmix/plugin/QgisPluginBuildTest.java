package dipmix.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's QGIS-free Python unit tests and the installable zip (python3 only, no QGIS needed). */
class QgisPluginBuildTest {
    @TempDir
    Path tmp;

    @Test
    void pythonUnitTestsPass() throws Exception {
        PythonScript.Outcome run = PythonScript.run(List.of("/usr/bin/python3", "-m", "unittest", "discover", "-s",
                "qgis-plugin/tests", "-p", "test_*.py"), Map.of("PYTHONPATH", "qgis-plugin"), tmp, 60);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).containsPattern("Ran [1-9][0-9]* tests").contains("OK");
    }

    @Test
    void buildScriptMakesAZipQgisCanInstall() throws Exception {
        Path zip = tmp.resolve("plugin.zip");
        PythonScript.Outcome run = PythonScript.run(List.of("bash", "scripts/build-qgis-plugin.sh", zip.toString()),
                Map.of(), tmp, 60);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            z.stream().map(ZipEntry::getName).forEach(names::add);
            assertThat(names).allMatch(n -> n.startsWith("dipmix/"))
                    .contains("dipmix/metadata.txt", "dipmix/__init__.py", "dipmix/provider.py",
                            "dipmix/algorithms/unmix.py")
                    .noneMatch(n -> n.contains("__pycache__") || n.contains("tests/") || n.endsWith(".pyc"));
            assertThat(text(z, "dipmix/metadata.txt")).contains("hasProcessingProvider=yes").contains("name=dipmix")
                    .containsPattern("(?m)^qgisMinimumVersion=3\\.22$");
            assertThat(text(z, "dipmix/__init__.py")).contains("def classFactory(iface)");
        }
    }

    private static String text(ZipFile z, String entry) throws IOException {
        return new String(z.getInputStream(z.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
