package dipmix.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dipmix.unmix.Endmembers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndmemberCsvTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsNamesWithCommasAndExactValues() {
        EndmemberTable t = new EndmemberTable(new double[]{400, 410.5, 421.25}, List.of("Jarosite GDS99 K,Sy 200C",
                "say \"hi\"", "Tree"), new double[][]{{0.1, 0.2, 0.3}, {1.0 / 3, 2.0 / 3, 1}, {0, 0.5, 1e-7}});
        Path p = dir.resolve("e.csv");

        EndmemberCsv.write(p, t);
        EndmemberTable back = EndmemberCsv.read(p);

        assertThat(back.names()).isEqualTo(t.names());
        assertThat(back.wavelengthsNm()).containsExactly(t.wavelengthsNm());
        for (int k = 0; k < 3; k++) assertThat(back.spectra()[k]).containsExactly(t.spectra()[k]);
    }

    @Test
    void toEndmembersIsBandsByMaterials() {
        EndmemberTable t = new EndmemberTable(new double[]{1, 2}, List.of("a", "b", "c"),
                new double[][]{{1, 2}, {3, 4}, {5, 6}});

        Endmembers e = t.toEndmembers();

        assertThat(e.matrix().shape()).containsExactly(2, 3);
        assertThat(e.matrix().getDouble(1, 2)).isEqualTo(6.0);
        assertThat(EndmemberTable.of(e, t.wavelengthsNm()).spectra()[1]).containsExactly(3, 4);
    }

    @Test
    void malformedFilesNameFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "wavelength_nm,a,b\n400,0.1,0.2\n410,0.1,x\n");
        assertThatThrownBy(() -> EndmemberCsv.read(bad)).isInstanceOf(RasterException.class)
                .hasMessage(bad + ":3: not a number: 'x'");
        Path header = Files.writeString(dir.resolve("h.csv"), "band,a\n1,2\n");
        assertThatThrownBy(() -> EndmemberCsv.read(header)).hasMessageContaining("wavelength_nm");
    }

    @Test
    void theShippedLibraryIsReadable() {
        Path lib = Path.of(System.getProperty("dipmix.repo", ".")).resolve("test-data/spectra/usgs_subset.csv");

        EndmemberTable t = EndmemberCsv.read(lib);

        assertThat(t.count()).isGreaterThanOrEqualTo(24);
        assertThat(t.wavelengthsNm()).isSorted();
        for (double[] s : t.spectra()) assertThat(java.util.Arrays.stream(s).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
}
