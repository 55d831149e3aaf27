package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.EstimatorKind;
import dipmix.unmix.dip.buddip.Buddip;
import dipmix.unmix.dip.buddip.BuddipOptions;
import dipmix.unmix.dip.buddip.BuddipResult;
import dipmix.unmix.nmf.Nmf;
import dipmix.unmix.nmf.NmfOptions;
import dipmix.unmix.nmf.NmfResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * BUDDIP: refines a classical guess (E~, A~) of both endmembers and abundances with two deep image priors.
 * The guidance is the chosen endmembers (an extractor's, or --guidance-endmembers) with FCLSU abundances (or
 * --guidance-abundances); --guidance nmf refines that pair by NMF first.
 */
final class BuddipRunner implements MethodRunner {
    @Override
    public Solution solve(PreparedScene scene, EndmemberChoice start, UnmixRequest request, Monitor monitor) {
        SceneMatrix m = scene.matrix();
        Endmembers guideE = start.endmembers();
        INDArray guideA;
        if (request.guidanceAbundances() != null) {
            guideA = AbundanceRaster.atValidPixels(request.guidanceAbundances(), m, guideE.count(), "guidance abundances");
        } else {
            monitor.stage("guidance abundances (fclsu)");
            guideA = EstimatorKind.FCLSU.create().estimate(m.y(), guideE.matrix());
        }
        if ("nmf".equals(guidanceKind(request))) {
            monitor.stage("guidance refinement (nmf)");
            NmfResult nmf = Nmf.run(m.y(), guideE.matrix(), guideA, NmfOptions.defaults().withSeed(request.seed()), Monitor.NONE);
            guideE = new Endmembers(nmf.endmembers(), guideE.names());
            guideA = nmf.abundances();
        }
        BuddipOptions options = options(request);
        monitor.stage("training BUDDIP");
        BuddipResult r = Buddip.run(m, guideE.matrix(), guideA, options, monitor);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("iterationsRun", r.iterations());
        d.put("finalLoss", r.finalLoss());
        d.put("secondsPerIteration", r.secondsPerIteration());
        d.put("alpha", options.alphas());
        d.put("guidance", guidanceKind(request));
        d.put("endmemberScale", r.scale());
        Solution guidance = new Solution(guideE, guideA, null, Map.of());
        return new Solution(new Endmembers(r.endmembers(), guideE.names()), r.abundances(), r.lossHistory(), d, guidance);
    }

    /** sivm, vca, nfindr, nmf, or "file" when the user gave the guidance endmembers. */
    static String guidanceKind(UnmixRequest request) {
        if (request.guidanceEndmembers() != null) return "file";
        return request.guidance() == null ? EndmemberSelection.DEFAULT_EXTRACTOR : request.guidance().toLowerCase(Locale.ROOT);
    }

    static BuddipOptions options(UnmixRequest request) {
        BuddipOptions o = BuddipOptions.defaults().withSeed(request.seed());
        if (request.alphas() != null) o = o.withAlphas(request.alphas()[0], request.alphas()[1], request.alphas()[2]);
        if (request.iterations() != null) o = o.withIterations(request.iterations());
        if (request.learningRate() != null) o = o.withLearningRate(request.learningRate());
        if (request.optimizer() != null) o = o.withOptimizer(UndipRunner.parseOptimizer(request.optimizer()));
        return o;
    }
}
