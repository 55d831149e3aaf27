package dipmix.cli;

import dipmix.raster.FootprintFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyleCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new StyleCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path raster(List<String> bandNames) {
        return FootprintFixtures.floatRaster(dir.resolve("abund.tif"), 4, 3, bandNames,
                FootprintFixtures.abundances(bandNames.size(), 4, 3), null, null);
    }

    @Test
    void stylesFromBandNamesWithTheChosenComposite() throws Exception {
        Path tif = raster(List.of("soil", "tree", "water"));
        assertThat(run(tif.toString(), "--rgb", "water,tree,soil")).as(err.toString()).isZero();
        String qml = Files.readString(dir.resolve("abund.qml"));
        assertThat(qml).contains("type=\"multibandcolor\" redBand=\"3\" greenBand=\"2\" blueBand=\"1\"");
        assertThat(dir.resolve("abund.water.qml")).exists();
        assertThat(dir.resolve("abund.sld")).exists();
        assertThat(out.toString().lines()).hasSize(8).contains(dir.resolve("abund.tree.sld").toString());
    }

    @Test
    void unnamedBandsNeedMaterials() {
        Path tif = raster(List.of("", ""));
        assertThat(run(tif.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("band 1 of").contains("--materials");
        assertThat(run(tif.toString(), "--materials", "a,b,c")).isEqualTo(2);
        assertThat(err.toString()).contains("--materials gives 3 names but").contains("has 2 bands");
        assertThat(run(tif.toString(), "--materials", "grass,sand")).isZero();
        assertThat(dir.resolve("abund.sand.qml")).exists();
    }

    @Test
    void badRgbChoiceAndMissingFileAreUsageErrors() {
        Path tif = raster(List.of("soil", "tree", "water"));
        assertThat(run(tif.toString(), "--rgb", "soil,tree,rock")).isEqualTo(2);
        assertThat(err.toString()).contains("'rock' is not one of [soil, tree, water]");
        assertThat(run(dir.resolve("nope.tif").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
