package dipmix.jobs.unmix;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.EstimatorKind;
import dipmix.unmix.dip.Undip;
import dipmix.unmix.dip.UndipOptions;
import dipmix.unmix.dip.UndipPreset;
import dipmix.unmix.dip.UndipResult;
import dipmix.unmix.dip.optim.OptimizerKind;
import dipmix.unmix.nmf.Nmf;
import dipmix.unmix.nmf.NmfOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** UnDIP: abundances from the deep-image-prior network, with the chosen endmembers fixed. */
final class UndipRunner implements MethodRunner {
    @Override
    public Solution solve(PreparedScene scene, EndmemberChoice start, UnmixRequest request, Monitor monitor) {
        UndipOptions options = options(request);
        String init = request.init() == null ? "random" : request.init().toLowerCase(Locale.ROOT);
        INDArray e = start.endmembers().matrix();
        switch (init) {
            case "random" -> { }
            case "fclsu", "nmf" -> options = options.withInitialMaps(initialMaps(scene.matrix(), e, init, request, monitor));
            default -> throw new IllegalArgumentException("unknown --init '" + request.init() + "': use random, fclsu or nmf");
        }
        UndipResult r = Undip.run(scene.matrix(), e, options, monitor);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("iterationsRun", r.iterations());
        d.put("finalLoss", r.finalLoss());
        d.put("secondsPerIteration", r.secondsPerIteration());
        d.put("earlyStopped", r.earlyStopped());
        if (!Double.isNaN(r.stopThreshold())) d.put("stopThreshold", r.stopThreshold());
        d.put("preset", options.preset().name().toLowerCase(Locale.ROOT));
        d.put("init", init);
        return new Solution(start.endmembers(), r.abundances(), r.lossHistory(), d);
    }

    static UndipOptions options(UnmixRequest request) {
        UndipOptions o = UndipOptions.defaults().withSeed(request.seed());
        if (request.preset() != null) o = o.withPreset(UndipPreset.parse(request.preset()));
        if (request.iterations() != null) o = o.withIterations(request.iterations());
        if (request.learningRate() != null) o = o.withLearningRate(request.learningRate());
        if (request.optimizer() != null) o = o.withOptimizer(parseOptimizer(request.optimizer()));
        if (request.stopAtNoise()) o = o.withStopAtNoise(true);
        return o;
    }

    static OptimizerKind parseOptimizer(String name) {
        try {
            return OptimizerKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown optimiser '" + name + "': use adam, nadam or rmsprop");
        }
    }

    /** FCLSU (or NMF refined) abundance maps on the grid, r x H x W; 1/r where a pixel is invalid. */
    private static INDArray initialMaps(SceneMatrix m, INDArray e, String init, UnmixRequest request, Monitor monitor) {
        monitor.stage("initial abundance maps (" + init + ")");
        INDArray a = EstimatorKind.FCLSU.create().estimate(m.y(), e);
        if (init.equals("nmf")) {
            a = Nmf.run(m.y(), e, a, NmfOptions.defaults().withSeed(request.seed()), Monitor.NONE).abundances();
        }
        int r = (int) e.columns();
        float[] grid = m.toGrid(a, 1f / r);
        return Nd4j.create(grid, new long[]{r, m.height(), m.width()}, 'c');
    }
}
