package dipmix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.cube.HyperCube;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.raster.RasterInspector;
import dipmix.raster.SceneReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {
    @TempDir
    Path dir;

    /** mean over bands and pixels of (Y - E A)², from the files alone. */
    private static double residualMeanSquare(HyperCube y, HyperCube a, EndmemberTable e) {
        int n = y.pixels();
        double sum = 0;
        for (int b = 0; b < y.bands(); b++) {
            for (int i = 0; i < n; i++) {
                double model = 0;
                for (int k = 0; k < e.count(); k++) model += e.spectra()[k][b] * a.get(k, i);
                sum += Math.pow(y.get(b, i) - model, 2);
            }
        }
        return sum / ((double) y.bands() * n);
    }

    @Test
    void truthReconstructsTheSceneToTheNoiseLevel() throws Exception {
        Path out = dir.resolve("syn");
        CliRun run = CliRun.of("synth", out.toString(), "--size", "24", "20", "--bands", "40", "--endmembers", "4",
                "--snr", "30", "--seed", "5");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        double sigma = j.get("noiseSigma").asDouble();

        HyperCube y = SceneReader.read(out.resolve("scene.tif"));
        HyperCube a = SceneReader.read(out.resolve("truth_A.tif"));
        EndmemberTable e = EndmemberCsv.read(out.resolve("truth_E.csv"));

        assertThat(e.count()).isEqualTo(4);
        assertThat(RasterInspector.metadata(out.resolve("truth_A.tif")).bandNames()).isEqualTo(e.names());
        assertThat(e.wavelengthsNm()).containsExactly(y.spectral().wavelengthsNm(), within(1e-9));
        assertThat(y.geo().epsg()).isEqualTo(32610);
        assertThat(Math.sqrt(residualMeanSquare(y, a, e))).isCloseTo(sigma, within(0.05 * sigma));
        double ms = 0;
        for (float v : y.data()) ms += v * v;
        ms /= y.data().length;
        assertThat(10 * Math.log10(ms / (sigma * sigma))).isCloseTo(30, within(0.3));
    }

    @Test
    void enviSceneCarriesWavelengthsAndThePurityCapHolds() throws Exception {
        Path out = dir.resolve("envi");
        CliRun run = CliRun.of("synth", out.toString(), "--size", "16", "16", "--bands", "30", "--endmembers", "3",
                "--snr", "Infinity", "--seed", "2", "--format", "envi", "--max-purity", "0.8");
        assertThat(run.code()).as(run.err()).isZero();

        HyperCube y = SceneReader.read(out.resolve("scene.img"));
        HyperCube a = SceneReader.read(out.resolve("truth_A.tif"));
        EndmemberTable e = EndmemberCsv.read(out.resolve("truth_E.csv"));

        assertThat(Files.exists(out.resolve("scene.hdr"))).isTrue();
        assertThat(y.spectral().wavelengthsNm()).containsExactly(e.wavelengthsNm(), within(1e-9));
        assertThat(residualMeanSquare(y, a, e)).isLessThan(1e-10);
        for (int i = 0; i < a.pixels(); i++) {
            for (int k = 0; k < 3; k++) assertThat(a.get(k, i)).isLessThanOrEqualTo(0.8f + 1e-6f);
        }
    }

    @Test
    void theSameSeedWritesTheSameTruth() throws Exception {
        String[] args = {"--size", "8", "8", "--bands", "10", "--endmembers", "3", "--snr", "20", "--seed", "77"};
        for (String d : new String[]{"one", "two"}) {
            String[] full = new String[args.length + 2];
            full[0] = "synth";
            full[1] = dir.resolve(d).toString();
            System.arraycopy(args, 0, full, 2, args.length);
            assertThat(CliRun.of(full).code()).isZero();
        }
        assertThat(Files.readString(dir.resolve("one/truth_E.csv"))).isEqualTo(Files.readString(dir.resolve("two/truth_E.csv")));
        assertThat(SceneReader.read(dir.resolve("one/scene.tif")).data())
                .containsExactly(SceneReader.read(dir.resolve("two/scene.tif")).data());
    }
}
