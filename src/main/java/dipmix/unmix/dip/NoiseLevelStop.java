package dipmix.unmix.dip;

import dipmix.unmix.SceneMatrix;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.dip.train.StopRule;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A stop for the deep image prior before it fits the noise, in the spirit of the discrepancy principle, with the
 * noise level read off FCLSU's own fit. With white noise of variance s2 on p bands, the true abundances leave a
 * mean squared residual of about s2 (plus any model error m2), while FCLSU's per-pixel optimum, with r - 1 free
 * abundances per pixel, also fits r - 1 of the p noise dimensions and leaves L = s2 (p - r + 1) / p + m2. The
 * network's averaged output falls from far above s2 towards L; training stops once it is halfway between them,
 * i.e. at L (p - (r - 1) / 2) / (p - r + 1). On the noisy synthetic scenes of UndipTest that point sat at the
 * lowest abundance error along the run (16 and 64 bands at 20 dB: stops at 110 and 170 iterations with 0.029
 * and 0.016, against FCLSU's 0.042 and 0.022), where the plain discrepancy principle (stop at s2) stopped too
 * early and HySime's noise estimate was 7-18% off, more than the whole r/p window. Checked every {@link #EVERY}
 * iterations; where the network never gets there the run goes to its iteration limit as without the rule.
 */
final class NoiseLevelStop implements StopRule {
    /** Iterations between checks: each check is one r x r x n product on the average. */
    static final int EVERY = 10;
    private final UndipLoss loss;
    private final double threshold;

    private NoiseLevelStop(UndipLoss loss, double threshold) {
        this.loss = loss;
        this.threshold = threshold;
    }

    /**
     * The rule for {@code scene} with endmembers {@code e}: FCLSU's loss under {@code loss} sets the threshold.
     *
     * @param loss the run's loss, on the scene's grid
     */
    static NoiseLevelStop forScene(UndipLoss loss, SceneMatrix scene, INDArray e) {
        int p = (int) e.rows();
        int r = (int) e.columns();
        INDArray fclsu = new Fclsu().estimate(scene.y(), e);
        float[] grid = scene.toGrid(fclsu, 0f);
        double fit = loss.value(Nd4j.create(grid, new long[]{r, (long) scene.height() * scene.width()}, 'c'));
        double free = r - 1;
        return new NoiseLevelStop(loss, fit * (p - free / 2) / (p - free));
    }

    /** The mean squared residual at which training stops. */
    double threshold() { return threshold; }

    @Override
    public boolean shouldStop(int iteration, INDArray average) {
        return iteration % EVERY == 0 && loss.value(average) <= threshold;
    }
}
