package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import dipmix.unmix.Monitor;
import dipmix.unmix.abundance.EstimatorKind;
import dipmix.unmix.nmf.Nmf;
import dipmix.unmix.nmf.NmfOptions;
import dipmix.unmix.nmf.NmfResult;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Sum-to-one NMF started from the chosen endmembers and their FCLSU abundances. */
final class NmfRunner implements MethodRunner {
    @Override
    public Solution solve(PreparedScene scene, EndmemberChoice start, UnmixRequest request, Monitor monitor) {
        INDArray y = scene.matrix().y();
        INDArray e0 = start.endmembers().matrix();
        monitor.stage("initial abundances (fclsu)");
        INDArray a0 = EstimatorKind.FCLSU.create().estimate(y, e0);
        NmfOptions options = NmfOptions.defaults().withSeed(request.seed());
        if (request.iterations() != null) options = options.withIterations(request.iterations());
        monitor.stage("refining endmembers and abundances (nmf)");
        long t0 = System.nanoTime();
        NmfResult r = Nmf.run(y, e0, a0, options, monitor);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Endmembers e = new Endmembers(r.endmembers(), start.endmembers().names());
        return new Solution(e, r.abundances(), null, Map.of("iterationsRun", r.iterations(), "finalLoss", r.loss(),
                "secondsPerIteration", r.iterations() == 0 ? 0.0 : seconds / r.iterations()));
    }
}
