package dipmix.unmix.dip.buddip;

import dipmix.unmix.Monitor;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.dip.RandomInput;
import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.train.JointObjective;
import dipmix.unmix.dip.train.Member;
import dipmix.unmix.dip.train.Trainer;
import dipmix.unmix.dip.train.TrainingRun;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * BUDDIP blind unmixing (Zhou and Rodrigues, ICASSP 2022): an EDIP f_E (see {@link EndmemberNetwork}) and an
 * ADIP f_A (an UnDIP U-Net with a channel softmax) trained together with Adam on
 * a1 ½||Y - f_E A~||² + a2 ½||Y - E~ f_A||² + a3 ½||Y - f_E f_A||² (normalised by bands x valid pixels),
 * from a guidance (E~, A~). The result is the exponential average of both outputs after the last iteration;
 * no iteration is ever picked by looking at a reference.
 *
 * <p>Guarantees: abundances are non-negative and each column sums to 1 (up to float rounding); endmembers lie
 * in (0, s) with s = 1, or the largest value of Y and E~ when that exceeds 1; a run with the same inputs,
 * options and ND4J thread count reproduces bit for bit. Float32 throughout.
 */
public final class Buddip {
    private Buddip() { }

    /**
     * Unmixes the scene's valid pixels.
     *
     * @param scene Y as good bands x valid pixels
     * @param guideE E~, p x r (rows in the order of the scene's bands), e.g. SiVM
     * @param guideA A~, r x nValid (columns in the order of {@code scene.pixelIndex()}), e.g. FCLSU with E~
     * @param options settings ({@link BuddipOptions#defaults()})
     * @param monitor receives (iteration, total, loss) every iteration and is polled for cancellation
     * @throws IllegalArgumentException on inconsistent or non-finite inputs, a grid too small for the ADIP
     *                                  network, or a memory estimate above the budget
     * @throws dipmix.unmix.CancelledException when the monitor cancels
     */
    public static BuddipResult run(SceneMatrix scene, INDArray guideE, INDArray guideA, BuddipOptions options,
                                   Monitor monitor) {
        if (scene == null || guideE == null || guideA == null || options == null || monitor == null) {
            throw new IllegalArgumentException("scene, guidance endmembers, guidance abundances, options and monitor are required");
        }
        if (guideE.rank() != 2 || guideE.rows() != scene.bands()) {
            throw new IllegalArgumentException("guidance endmembers must be bands x r with " + scene.bands()
                    + " rows (the scene's bands), got " + Arrays.toString(guideE.shape()));
        }
        int r = (int) guideE.columns();
        if (r < 2) throw new IllegalArgumentException("BUDDIP needs at least 2 endmembers, got " + r);
        if (guideA.rank() != 2 || guideA.rows() != r || guideA.columns() != scene.pixels()) {
            throw new IllegalArgumentException("guidance abundances must be " + r + " x " + scene.pixels()
                    + " (endmembers x valid pixels), got " + Arrays.toString(guideA.shape()));
        }
        requireFinite(guideE, "guidance endmembers");
        requireFinite(guideA, "guidance abundances");
        int w = scene.width();
        int h = scene.height();
        long need = estimateBytes(w, h, scene.bands(), r, options);
        if (need > options.memoryBudgetBytes()) {
            throw new IllegalArgumentException(String.format(
                    "BUDDIP on %d x %d pixels, %d bands, %d endmembers needs about %.2f GB, over the budget of %.2f GB;"
                            + " use a smaller window or a narrower ADIP network", w, h, scene.bands(), r, need / 1e9,
                    options.memoryBudgetBytes() / 1e9));
        }
        INDArray y = scene.y().castTo(DataType.FLOAT);
        INDArray eGuide = guideE.castTo(DataType.FLOAT).dup('c');
        double scale = Math.max(1.0, Math.max(y.maxNumber().doubleValue(), eGuide.maxNumber().doubleValue()));

        int p = scene.bands();
        SplittableRandom root = new SplittableRandom(options.seed());
        long adipSeed = root.nextLong();
        long edipSeed = root.nextLong();
        ValidGrid grid = new ValidGrid(scene);
        INDArray aGuideGrid = grid.spread(guideA);
        INDArray z = options.adipInput() == DipInput.GUIDANCE
                ? aGuideGrid.dup('c').reshape(r, h, w) : RandomInput.uniform(r, h, w, root.split());
        Network adip = Network.unet(options.adipNetwork(), r, r, adipSeed, DataType.FLOAT);
        Network edip = EndmemberNetwork.build(eGuide, options.edipHidden(), scale, edipSeed);
        INDArray edipIn = options.edipInput() == DipInput.GUIDANCE
                ? EndmemberNetwork.input(eGuide) : RandomInput.uniform(p, r, 1, root.split());
        BuddipLoss loss = new BuddipLoss(grid.spread(y), grid.mask(), eGuide, aGuideGrid, options.alphas(),
                scene.pixels());

        monitor.stage("training BUDDIP");
        long n = (long) w * h;
        Trainer trainer = new Trainer(List.of(
                new Member(adip, z, options.optimizer().create(options.learningRate())),
                new Member(edip, edipIn, options.optimizer().create(options.learningRate()))),
                options.averagingWeight(), null);
        JointObjective objective = (outs, douts) -> loss.evaluate(outs.get(1).reshape(p, r), outs.get(0).reshape(r, n),
                douts.get(1).reshape(p, r), douts.get(0).reshape(r, n));
        TrainingRun run = trainer.run(objective, options.iterations(), monitor);
        return new BuddipResult(run.averages().get(1).reshape(p, r).dup('c'),
                grid.gather(run.averages().get(0).reshape(r, n)), run.losses(), run.iterations(), run.finalLoss(),
                run.secondsPerIteration(), scale, options.seed());
    }

    /**
     * Approximate peak memory in bytes of a run: the ADIP network's float32 working set, parameters with
     * gradients and optimiser state, Y and A~ on the grid and the three residuals; EDIP is negligible.
     *
     * @throws IllegalArgumentException when the grid is too small for the ADIP network
     */
    public static long estimateBytes(int width, int height, int bands, int r, BuddipOptions options) {
        if (width < 1 || height < 1 || bands < 1 || r < 1) {
            throw new IllegalArgumentException("scene " + width + " x " + height + " x " + bands + " bands, r = " + r);
        }
        Network net = Network.unet(options.adipNetwork(), r, r, 0, DataType.FLOAT);
        long[] in = {r, height, width};
        try {
            net.outputShape(in);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("a " + width + " x " + height + " grid is too small for a "
                    + options.adipNetwork().levels() + "-level ADIP network: " + ex.getMessage(), ex);
        }
        long grid = (long) width * height;
        long elements = net.workingElements(in) + 6 * net.params().size() + 5L * bands * grid + 6L * r * grid;
        return 4 * elements;
    }

    private static void requireFinite(INDArray m, String what) {
        if (!Double.isFinite(m.sumNumber().doubleValue())) {
            throw new IllegalArgumentException(what + " contain NaN or infinite values");
        }
    }
}
