package dipmix.bench;

import dipmix.cube.HyperCube;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.SceneReader;
import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.dip.buddip.Buddip;
import dipmix.unmix.dip.buddip.BuddipOptions;
import dipmix.unmix.dip.buddip.DipInput;
import dipmix.unmix.dip.buddip.BuddipResult;
import dipmix.unmix.extract.Sivm;
import dipmix.unmix.metrics.MetricsReport;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;

/**
 * Guidance (SiVM + FCLSU) against BUDDIP on Jasper Ridge, scored against truth_E.csv / truth_A.tif after
 * Hungarian matching by spectral angle; the final averaged output, no iteration picked by the truth.
 * Usage: BuddipJasperBench DATA_DIR iterations lr a1 a2 a3. Prints one JSON line.
 */
public final class BuddipJasperBench {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        SceneMatrix scene = SceneMatrix.from(SceneReader.read(dir.resolve("scene.tif")));
        double[][] spectra = EndmemberCsv.read(dir.resolve("truth_E.csv")).spectra();
        int r = spectra.length;
        int p = spectra[0].length;
        double[] e = new double[p * r];
        for (int b = 0; b < p; b++) for (int k = 0; k < r; k++) e[b * r + k] = spectra[k][b];
        INDArray eTrue = Nd4j.create(e, new long[]{p, r}, 'c');
        HyperCube truthA = SceneReader.read(dir.resolve("truth_A.tif"));
        INDArray aTrue = Nd4j.create(truthA.data(), new long[]{r, truthA.pixels()}, 'c');

        long t0 = System.nanoTime();
        INDArray guideE = new Sivm().extract(scene.y(), r, 0).endmembers();
        INDArray guideA = new Fclsu().estimate(scene.y(), guideE);
        double guideSeconds = (System.nanoTime() - t0) / 1e9;
        BuddipOptions o = BuddipOptions.defaults().withIterations(Integer.parseInt(args[1]))
                .withLearningRate(Double.parseDouble(args[2]))
                .withAlphas(Double.parseDouble(args[3]), Double.parseDouble(args[4]), Double.parseDouble(args[5]))
                .withEdipInput(args.length > 6 ? DipInput.parse(args[6]) : DipInput.GUIDANCE);
        BuddipResult res = Buddip.run(scene, guideE, guideA, o, Monitor.NONE);
        MetricsReport g = MetricsReport.compute(scene.y(), guideE, guideA, eTrue, aTrue, null);
        MetricsReport b = MetricsReport.compute(scene.y(), res.endmembers(), res.abundances(), eTrue, aTrue, null);
        System.out.printf("{\"scene\":\"jasper\",\"iters\":%d,\"lr\":%s,\"alphas\":\"%s,%s,%s\",\"edip_input\":\"%s\",\"guide_aSAD\":%.3f,"
                        + "\"guide_aRMSE\":%.4f,\"buddip_aSAD\":%.3f,\"buddip_aRMSE\":%.4f,\"guide_s\":%.2f,"
                        + "\"s_per_iter\":%.4f,\"scale\":%.3f,\"final_loss\":%.4g}%n", res.iterations(), args[2], args[3],
                args[4], args[5], o.edipInput(), g.aSadDegrees(), g.aRmse(), b.aSadDegrees(), b.aRmse(), guideSeconds,
                res.secondsPerIteration(), res.scale(), res.finalLoss());
    }
}
