package dipmix.unmix.dip;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.nn.UnetConfig;
import dipmix.unmix.dip.train.EarlyStop;
import dipmix.unmix.dip.train.StopRule;
import dipmix.unmix.dip.train.Trainer;
import dipmix.unmix.dip.train.TrainingRun;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * UnDIP (Rasti et al., "UnDIP: Hyperspectral Unmixing Using Deep Image Prior", IEEE TGRS 2022): abundance
 * estimation with known endmembers E by fitting a convolutional network f(Z) with a channel softmax to Y
 * (loss: mean squared error of Y - E f(Z)), from a fixed random input Z, and reporting the exponential
 * average of its outputs. Runs in float32 on ND4J with hand-written backward passes.
 *
 * <p>Guarantees: the abundances are non-negative and each column sums to 1 (up to float rounding); a run
 * with the same options, seed and scene on the same machine with the same ND4J thread count reproduces
 * bit for bit (different thread counts may change the last bits through the order of native reductions).
 * Weights are initialised like PyTorch's defaults (kaiming-uniform, bounds 1/sqrt(fan-in)) from the seed;
 * Z is uniform in [0, 0.1) from the same seed.
 */
public final class Undip {
    private Undip() { }

    /**
     * Estimates abundances of the scene's valid pixels.
     *
     * <p>The network always runs on the whole width x height grid. When some pixels are invalid
     * ({@code scene.isComplete()} false) the loss counts only the valid ones, so invalid pixels neither
     * pull the fit nor appear in the result; the network still fills them from their neighbours internally.
     *
     * @param scene Y as good bands x valid pixels
     * @param endmembers p x r, rows in the order of the scene's bands
     * @param options settings ({@link UndipOptions#defaults()} for the paper's)
     * @param monitor receives (iteration, total, loss) every iteration and is polled for cancellation
     * @throws IllegalArgumentException on inconsistent inputs, a grid too small for the network, or a memory
     *                                  estimate above {@code options.memoryBudgetBytes()}
     * @throws dipmix.unmix.CancelledException when the monitor cancels
     */
    public static UndipResult run(SceneMatrix scene, INDArray endmembers, UndipOptions options, Monitor monitor) {
        if (scene == null || endmembers == null || options == null || monitor == null) {
            throw new IllegalArgumentException("scene, endmembers, options and monitor are required");
        }
        if (endmembers.rank() != 2 || endmembers.rows() != scene.bands()) {
            throw new IllegalArgumentException("endmembers must be bands x r with " + scene.bands()
                    + " rows (the scene's bands), got " + Arrays.toString(endmembers.shape()));
        }
        int r = (int) endmembers.columns();
        if (r < 2) throw new IllegalArgumentException("UnDIP needs at least 2 endmembers, got " + r);
        if (!Double.isFinite(endmembers.sumNumber().doubleValue())) {
            throw new IllegalArgumentException("endmembers contain NaN or infinite values");
        }
        int w = scene.width();
        int h = scene.height();
        long need = estimateBytes(w, h, scene.bands(), r, options);
        if (need > options.memoryBudgetBytes()) {
            throw new IllegalArgumentException(String.format(
                    "UnDIP on %d x %d pixels, %d bands, %d endmembers needs about %.2f GB, over the budget of %.2f GB;"
                            + " use a smaller window or a narrower preset", w, h, scene.bands(), r, need / 1e9,
                    options.memoryBudgetBytes() / 1e9));
        }
        SplittableRandom root = new SplittableRandom(options.seed());
        long weightSeed = root.nextLong();
        INDArray z = input(options, r, h, w, root.split());

        Network net = Network.unet(options.network(), r, r, weightSeed, DataType.FLOAT);
        INDArray e = endmembers.castTo(DataType.FLOAT).dup('c');
        UndipLoss loss = scene.isComplete()
                ? new UndipLoss(e, scene.y().castTo(DataType.FLOAT).dup('c'), null, scene.pixels())
                : new UndipLoss(e, onGrid(scene), validMask(scene), scene.pixels());
        StopRule stop = null;
        double stopThreshold = Double.NaN;
        if (options.stopAtNoise()) {
            monitor.stage("noise level from FCLSU's fit");
            NoiseLevelStop noise = NoiseLevelStop.forScene(loss, scene, e);
            stopThreshold = noise.threshold();
            stop = noise;
        } else if (options.earlyStopEnabled()) {
            stop = new EarlyStop(options.earlyStopTolerance(), options.earlyStopWindow());
        }
        Trainer trainer = new Trainer(net, z, options.optimizer().create(options.learningRate()),
                options.averagingWeight(), stop);

        monitor.stage("training UnDIP");
        TrainingRun run = trainer.run(loss, options.iterationCount(), monitor);
        INDArray a = atValidPixels(run.average().reshape(r, (long) h * w), scene);
        return new UndipResult(a, run.losses(), run.iterations(), run.finalLoss(), run.secondsPerIteration(),
                run.earlyStopped(), stopThreshold, options.network(), options.seed());
    }

    /**
     * Approximate peak memory in bytes of a run (float32 activations and their gradients, parameters with
     * gradients and optimiser state, the observations on the grid), excluding the JVM heap baseline.
     *
     * @throws IllegalArgumentException when the grid is too small for the network
     */
    public static long estimateBytes(int width, int height, int bands, int r, UndipOptions options) {
        if (width < 1 || height < 1 || bands < 1 || r < 1) {
            throw new IllegalArgumentException("scene " + width + " x " + height + " x " + bands + " bands, r = " + r);
        }
        UnetConfig c = options.network();
        Network net = Network.unet(c, r, r, 0, DataType.FLOAT);
        long[] in = {r, height, width};
        long[] out;
        try {
            out = net.outputShape(in);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("a " + width + " x " + height + " grid is too small for a "
                    + c.levels() + "-level UnDIP network: " + ex.getMessage(), ex);
        }
        long grid = (long) width * height;
        long elements = net.workingElements(in) + 6 * net.params().size()
                + 2L * bands * grid + 4 * r * grid + out[0] * out[1] * out[2];
        return 4 * elements;
    }

    private static INDArray input(UndipOptions options, int r, int h, int w, SplittableRandom random) {
        INDArray maps = options.initialMaps();
        if (maps != null) {
            if (maps.size(0) != r || maps.size(1) != h || maps.size(2) != w) {
                throw new IllegalArgumentException("initial maps must be " + r + " x " + h + " x " + w + ", got "
                        + Arrays.toString(maps.shape()));
            }
            if (!Double.isFinite(maps.sumNumber().doubleValue())) {
                throw new IllegalArgumentException("initial maps contain NaN or infinite values");
            }
            return maps.castTo(DataType.FLOAT).mul(0.1).dup('c');
        }
        return RandomInput.uniform(r, h, w, random);
    }

    private static INDArray onGrid(SceneMatrix scene) {
        int p = scene.bands();
        int n = scene.width() * scene.height();
        int m = scene.pixels();
        int[] idx = scene.pixelIndex();
        float[] src = scene.y().castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] grid = new float[p * n];
        for (int b = 0; b < p; b++) {
            for (int j = 0; j < m; j++) grid[b * n + idx[j]] = src[b * m + j];
        }
        return Nd4j.create(grid, new long[]{p, n}, 'c');
    }

    private static INDArray validMask(SceneMatrix scene) {
        float[] mask = new float[scene.width() * scene.height()];
        for (int j : scene.pixelIndex()) mask[j] = 1f;
        return Nd4j.create(mask, new long[]{1, mask.length}, 'c');
    }

    private static INDArray atValidPixels(INDArray gridValues, SceneMatrix scene) {
        if (scene.isComplete()) return gridValues.dup('c');
        int r = (int) gridValues.rows();
        int n = (int) gridValues.columns();
        int[] idx = scene.pixelIndex();
        float[] src = gridValues.dup('c').data().asFloat();
        float[] out = new float[r * idx.length];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < idx.length; j++) out[k * idx.length + j] = src[k * n + idx[j]];
        }
        return Nd4j.create(out, new long[]{r, idx.length}, 'c');
    }
}
