package dipmix.jobs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputResolverTest {
    @TempDir
    Path tmp;
    InputResolver r;

    @BeforeEach
    void setUp() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data/sub"));
        Files.writeString(data.resolve("scene.tif"), "x");
        Files.writeString(tmp.resolve("outside.tif"), "secret");
        Files.createSymbolicLink(tmp.resolve("data/link.tif"), tmp.resolve("outside.tif"));
        Files.createSymbolicLink(tmp.resolve("data/inner.tif"), data.resolve("scene.tif"));
        Files.createSymbolicLink(tmp.resolve("data/updir"), tmp);
        r = new InputResolver(tmp.resolve("data"));
    }

    @Test
    void relativePathsInsideTheDataDirResolveToRealPaths() throws Exception {
        assertThat(r.localFile("sub/scene.tif")).isEqualTo(tmp.resolve("data/sub/scene.tif").toRealPath());
        assertThat(r.rasterSource("sub/scene.tif")).isEqualTo(tmp.resolve("data/sub/scene.tif").toRealPath().toString());
        assertThat(r.localFile("inner.tif")).isEqualTo(tmp.resolve("data/sub/scene.tif").toRealPath());
        assertThat(r.localFile("./sub/scene.tif")).isEqualTo(tmp.resolve("data/sub/scene.tif").toRealPath());
    }

    @Test
    void escapesAreRefused() {
        assertThatThrownBy(() -> r.localFile("../outside.tif")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> r.localFile("sub/../../outside.tif")).hasMessageContaining("'..'");
        assertThatThrownBy(() -> r.localFile(tmp.resolve("outside.tif").toString())).hasMessageContaining("relative");
        assertThatThrownBy(() -> r.localFile("link.tif")).hasMessageContaining("through a link");
        assertThatThrownBy(() -> r.localFile("updir/outside.tif")).hasMessageContaining("through a link");
        assertThatThrownBy(() -> r.localFile("file:///etc/passwd")).hasMessageContaining("relative");
        assertThatThrownBy(() -> r.localFile("missing.tif")).hasMessageContaining("no such file");
        assertThatThrownBy(() -> r.localFile("sub")).hasMessageContaining("not a regular file");
    }

    @Test
    void httpUrlsGoThroughVsicurl() {
        assertThat(r.rasterSource("https://example.org/a/scene.tif")).isEqualTo("/vsicurl/https://example.org/a/scene.tif");
        assertThat(InputResolver.isRemote("HTTP://x.org/a")).isTrue();
        assertThatThrownBy(() -> r.check("http:///nohost")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readTextRespectsTheSizeLimit() throws Exception {
        Files.writeString(tmp.resolve("data/lib.csv"), "wavelength_nm,a\n400,0.1\n");
        assertThat(r.readText("lib.csv", 1000)).startsWith("wavelength_nm,a");
        assertThatThrownBy(() -> r.readText("lib.csv", 5)).hasMessageContaining("larger than 5 bytes");
    }
}
