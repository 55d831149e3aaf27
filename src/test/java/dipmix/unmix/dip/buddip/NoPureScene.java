package dipmix.unmix.dip.buddip;

import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.unmix.Endmembers;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.extract.Sivm;
import dipmix.unmix.synthetic.SyntheticScene;
import dipmix.unmix.synthetic.SyntheticSceneGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A synthetic scene from USGS library spectra (test-data/spectra/usgs_subset.csv, every k-th band) with
 * smooth abundances capped at a maximum purity, plus its SiVM + FCLSU guidance. Shared by the tests and the
 * synthetic benchmark.
 */
public final class NoPureScene {
    /** Three spectrally distinct materials of the subset: Topaz, Blue Spruce, Annite. */
    static final int[] MATERIALS = {0, 1, 3};
    public final SyntheticScene truth;
    public final SceneMatrix scene;
    public final INDArray guideE;
    public final INDArray guideA;

    public NoPureScene(int size, int bands, double snrDb, double maxPurity, long seed) {
        EndmemberTable table = EndmemberCsv.read(Path.of(System.getProperty("dipmix.repo", "."))
                .resolve("test-data/spectra/usgs_subset.csv"));
        int step = table.bands() / bands;
        double[] e = new double[bands * MATERIALS.length];
        for (int b = 0; b < bands; b++) {
            for (int k = 0; k < MATERIALS.length; k++) e[b * MATERIALS.length + k] = table.spectra()[MATERIALS[k]][b * step];
        }
        INDArray em = Nd4j.create(e, new long[]{bands, MATERIALS.length}, 'c').castTo(DataType.FLOAT);
        truth = SyntheticSceneGenerator.generate(new Endmembers(em, List.of("topaz", "spruce", "annite")), size, size,
                snrDb, maxPurity, seed);
        scene = new SceneMatrix(truth.noisy(), size, size, IntStream.range(0, size * size).toArray(),
                IntStream.range(0, bands).toArray(), null);
        guideE = new Sivm().extract(truth.noisy(), MATERIALS.length, 0).endmembers();
        guideA = new Fclsu().estimate(truth.noisy(), guideE);
    }
}
