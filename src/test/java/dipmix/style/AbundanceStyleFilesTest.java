package dipmix.style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbundanceStyleFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesDefaultAndPerMaterialFilesBesideTheRaster() throws Exception {
        Path tif = dir.resolve("scene.abund.tif");
        // names that XML must escape, and "--" which no XML comment may hold
        AbundanceStyleFiles.Written w = AbundanceStyleFiles.write(tif, List.of("dry soil", "tree", "water"), null);
        AbundanceStyleFiles.Written odd = AbundanceStyleFiles.write(dir.resolve("odd.tif"),
                List.of("soil--wet-", "<tree & shrub>", "water\""), null);
        for (Path p : odd.all()) SldStylesTest.parse(Files.readString(p));
        assertThat(w.defaultQml()).isEqualTo(dir.resolve("scene.abund.qml"));
        assertThat(w.sld()).isEqualTo(dir.resolve("scene.abund.sld"));
        assertThat(w.materialQmls()).containsExactly(dir.resolve("scene.abund.dry_soil.qml"),
                dir.resolve("scene.abund.tree.qml"), dir.resolve("scene.abund.water.qml"));
        assertThat(w.materialSlds()).containsExactly(dir.resolve("scene.abund.dry_soil.sld"),
                dir.resolve("scene.abund.tree.sld"), dir.resolve("scene.abund.water.sld"));
        for (Path p : w.all()) {
            Element root = SldStylesTest.parse(Files.readString(p)).getDocumentElement();
            assertThat(root.getLocalName()).isIn("qgis", "StyledLayerDescriptor");
        }
        Element renderer = (Element) SldStylesTest.parse(Files.readString(w.materialQmls().get(1)))
                .getElementsByTagName("rasterrenderer").item(0);
        assertThat(renderer.getAttribute("type")).isEqualTo("singlebandpseudocolor");
        assertThat(renderer.getAttribute("band")).isEqualTo("2");
    }

    @Test
    void withFewerThanThreeMaterialsTheDefaultIsTheFirstMaterialsRamp() throws Exception {
        AbundanceStyleFiles.Written w = AbundanceStyleFiles.write(dir.resolve("a.tif"), List.of("x", "y"), null);
        Element renderer = (Element) SldStylesTest.parse(Files.readString(w.defaultQml()))
                .getElementsByTagName("rasterrenderer").item(0);
        assertThat(renderer.getAttribute("type")).isEqualTo("singlebandpseudocolor");
        assertThat(renderer.getAttribute("band")).isEqualTo("1");
    }

    @Test
    void rejectsBadMaterialChoices() {
        Path tif = dir.resolve("a.tif");
        List<String> m = List.of("a", "b", "c");
        assertThatThrownBy(() -> AbundanceStyleFiles.write(tif, m, List.of("a", "b")))
                .hasMessageContaining("exactly 3 materials, got 2");
        assertThatThrownBy(() -> AbundanceStyleFiles.write(tif, m, List.of("a", "b", "z")))
                .hasMessageContaining("'z' is not one of [a, b, c]");
        assertThatThrownBy(() -> AbundanceStyleFiles.write(tif, m, List.of("a", "a", "b")))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> AbundanceStyleFiles.write(tif, List.of("a b", "a_b"), null))
                .hasMessageContaining("'a_b' clashes");
        assertThatThrownBy(() -> AbundanceStyleFiles.write(tif, List.of(" "), null))
                .hasMessageContaining("must not be blank");
        assertThat(dir.resolve("a.qml")).doesNotExist();
    }
}
