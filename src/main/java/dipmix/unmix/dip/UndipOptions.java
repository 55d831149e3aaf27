package dipmix.unmix.dip;

import dipmix.unmix.dip.nn.UnetConfig;
import dipmix.unmix.dip.optim.OptimizerKind;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Settings of an UnDIP run; start from {@link #defaults()} (the paper's settings) and change what you need
 * with the {@code with...} methods. Every value is checked when set.
 *
 * @param preset the named network shape and its default iteration count
 * @param config the network shape, or null for the preset's
 * @param iterations iterations to run, or 0 for the preset's default
 * @param learningRate optimiser step size (paper: 1e-3)
 * @param optimizer ADAM (paper), NADAM or RMSPROP
 * @param averagingWeight w in avg = w avg + (1 - w) output (paper: 0.99)
 * @param seed seeds the random input Z and the weights
 * @param earlyStopTolerance stop when no entry of the average moved by this much over a window; 0 = off
 * @param earlyStopWindow the window in iterations
 * @param stopAtNoise stop once the averaged output's residual is down to halfway between the noise level and
 *                    FCLSU's fit ({@link NoiseLevelStop}), before the network fits the noise; off in the paper's settings;
 *                    when on, it replaces the tolerance stop
 * @param initialMaps null for a random Z, else r x H x W abundance maps (FCLSU or NMF, values in [0, 1],
 *                    anything finite at invalid pixels) used as Z after scaling by 0.1, so that Z has the
 *                    range [0, 0.1] of the paper's random input
 * @param memoryBudgetBytes refuse scenes whose {@link Undip#estimateBytes estimate} exceeds this
 */
public record UndipOptions(UndipPreset preset, UnetConfig config, int iterations, double learningRate,
                           OptimizerKind optimizer, double averagingWeight, long seed, double earlyStopTolerance,
                           int earlyStopWindow, boolean stopAtNoise, INDArray initialMaps, long memoryBudgetBytes) {

    /** Default memory budget: 8 GiB, well above the paper network on a 100 x 100 scene (about 0.4 GB). */
    public static final long DEFAULT_BUDGET = 8L << 30;

    public UndipOptions {
        if (preset == null) throw new IllegalArgumentException("preset is required (paper, deep or fast)");
        if (iterations < 0) throw new IllegalArgumentException("iterations must be >= 1 (0 = preset default), got " + iterations);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (optimizer == null) throw new IllegalArgumentException("optimizer is required (ADAM, NADAM or RMSPROP)");
        if (!(averagingWeight >= 0 && averagingWeight < 1)) {
            throw new IllegalArgumentException("averaging weight must be in [0, 1), got " + averagingWeight);
        }
        if (!(earlyStopTolerance >= 0) || Double.isInfinite(earlyStopTolerance)) {
            throw new IllegalArgumentException("early-stop tolerance must be >= 0 (0 = off), got " + earlyStopTolerance);
        }
        if (earlyStopWindow < 1) throw new IllegalArgumentException("early-stop window must be >= 1, got " + earlyStopWindow);
        if (initialMaps != null && initialMaps.rank() != 3) {
            throw new IllegalArgumentException("initial maps must be r x H x W, got "
                    + java.util.Arrays.toString(initialMaps.shape()));
        }
        if (memoryBudgetBytes < 1) throw new IllegalArgumentException("memory budget must be > 0 bytes, got " + memoryBudgetBytes);
    }

    /** The paper's settings: reference network, 3000 iterations of Adam at 1e-3, average 0.99, seed 0, random Z. */
    public static UndipOptions defaults() {
        return new UndipOptions(UndipPreset.PAPER, null, 0, 1e-3, OptimizerKind.ADAM, 0.99, 0, 0, 100, false,
                null, DEFAULT_BUDGET);
    }

    /** The network shape to build: {@link #config} or the preset's. */
    public UnetConfig network() { return config != null ? config : preset.config(); }

    /** Iterations to run: {@link #iterations} or the preset's default. */
    public int iterationCount() { return iterations > 0 ? iterations : preset.defaultIterations(); }

    public boolean earlyStopEnabled() { return earlyStopTolerance > 0; }

    public UndipOptions withPreset(UndipPreset p) { return edit().preset(p).build(); }

    public UndipOptions withConfig(UnetConfig c) { return edit().config(c).build(); }

    public UndipOptions withIterations(int n) {
        if (n < 1) throw new IllegalArgumentException("iterations must be >= 1, got " + n);
        return edit().iterations(n).build();
    }

    public UndipOptions withLearningRate(double lr) { return edit().learningRate(lr).build(); }

    public UndipOptions withOptimizer(OptimizerKind o) { return edit().optimizer(o).build(); }

    public UndipOptions withAveragingWeight(double w) { return edit().averagingWeight(w).build(); }

    public UndipOptions withSeed(long s) { return edit().seed(s).build(); }

    /** Turns early stop on ({@code tolerance} > 0) or off (0). */
    public UndipOptions withEarlyStop(double tolerance, int window) {
        return edit().earlyStopTolerance(tolerance).earlyStopWindow(window).build();
    }

    /** Turns the stop at the estimated noise level on or off. */
    public UndipOptions withStopAtNoise(boolean on) { return edit().stopAtNoise(on).build(); }

    public UndipOptions withInitialMaps(INDArray maps) { return edit().initialMaps(maps).build(); }

    public UndipOptions withMemoryBudget(long bytes) { return edit().memoryBudgetBytes(bytes).build(); }

    private Editor edit() { return new Editor(this); }

    /** A mutable copy used by the {@code with...} methods; {@link #build} runs the record's checks. */
    private static final class Editor {
        private UndipPreset preset;
        private UnetConfig config;
        private int iterations;
        private double learningRate;
        private OptimizerKind optimizer;
        private double averagingWeight;
        private long seed;
        private double earlyStopTolerance;
        private int earlyStopWindow;
        private boolean stopAtNoise;
        private INDArray initialMaps;
        private long memoryBudgetBytes;

        Editor(UndipOptions o) {
            preset = o.preset; config = o.config; iterations = o.iterations; learningRate = o.learningRate;
            optimizer = o.optimizer; averagingWeight = o.averagingWeight; seed = o.seed;
            earlyStopTolerance = o.earlyStopTolerance; earlyStopWindow = o.earlyStopWindow;
            stopAtNoise = o.stopAtNoise; initialMaps = o.initialMaps; memoryBudgetBytes = o.memoryBudgetBytes;
        }

        Editor preset(UndipPreset v) { preset = v; return this; }
        Editor config(UnetConfig v) { config = v; return this; }
        Editor iterations(int v) { iterations = v; return this; }
        Editor learningRate(double v) { learningRate = v; return this; }
        Editor optimizer(OptimizerKind v) { optimizer = v; return this; }
        Editor averagingWeight(double v) { averagingWeight = v; return this; }
        Editor seed(long v) { seed = v; return this; }
        Editor earlyStopTolerance(double v) { earlyStopTolerance = v; return this; }
        Editor earlyStopWindow(int v) { earlyStopWindow = v; return this; }
        Editor stopAtNoise(boolean v) { stopAtNoise = v; return this; }
        Editor initialMaps(INDArray v) { initialMaps = v; return this; }
        Editor memoryBudgetBytes(long v) { memoryBudgetBytes = v; return this; }

        UndipOptions build() {
            return new UndipOptions(preset, config, iterations, learningRate, optimizer, averagingWeight, seed,
                    earlyStopTolerance, earlyStopWindow, stopAtNoise, initialMaps, memoryBudgetBytes);
        }
    }
}
