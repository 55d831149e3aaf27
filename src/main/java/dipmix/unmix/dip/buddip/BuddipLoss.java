package dipmix.unmix.dip.buddip;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BUDDIP's loss over the valid pixels, normalised by p x (valid pixels) so its value reads like UnDIP's MSE:
 * L = c/2 (a1 ||Y - E A~||² + a2 ||Y - E~ A||² + a3 ||Y - E A||²), c = 1 / (p n), with E = f_E and A = f_A.
 * With the residuals R1 = E A~ - Y, R2 = E~ A - Y, R3 = E A - Y (zero at invalid pixels):
 * dL/dE = c (a1 R1 A~ᵀ + a3 R3 Aᵀ) and dL/dA = c (a2 E~ᵀ R2 + a3 Eᵀ R3).
 * Y and A~ live on the whole grid, zero at invalid pixels, so R1 needs no mask; R2 and R3 are masked.
 */
final class BuddipLoss {
    private final INDArray yGrid;
    private final INDArray mask;
    private final INDArray guideE;
    private final INDArray guideA;
    private final double a1;
    private final double a2;
    private final double a3;
    private final double c;
    private final INDArray r1;
    private final INDArray r2;
    private final INDArray r3;

    /**
     * @param yGrid p x N observations, zero at invalid pixels
     * @param mask 1 x N, 1 at valid pixels, or null when all are valid
     * @param guideE E~, p x r
     * @param guideA A~ on the grid, r x N, zero at invalid pixels
     * @param alphas the three weights a1, a2, a3
     */
    BuddipLoss(INDArray yGrid, INDArray mask, INDArray guideE, INDArray guideA, double[] alphas, long validPixels) {
        this.yGrid = yGrid;
        this.mask = mask;
        this.guideE = guideE;
        this.guideA = guideA;
        this.a1 = alphas[0];
        this.a2 = alphas[1];
        this.a3 = alphas[2];
        this.c = 1.0 / ((double) yGrid.rows() * validPixels);
        this.r1 = yGrid.ulike();
        this.r2 = yGrid.ulike();
        this.r3 = yGrid.ulike();
    }

    /**
     * Returns L at (E, A) and writes dL/dE into {@code dE} (p x r) and dL/dA into {@code dA} (r x N).
     */
    double evaluate(INDArray e, INDArray a, INDArray dE, INDArray dA) {
        double s1 = residual(e, guideA, r1, false);
        double s2 = residual(guideE, a, r2, true);
        double s3 = residual(e, a, r3, true);
        Nd4j.gemm(r1, guideA, dE, false, true, c * a1, 0.0);
        Nd4j.gemm(r3, a, dE, false, true, c * a3, 1.0);
        Nd4j.gemm(guideE, r2, dA, true, false, c * a2, 0.0);
        Nd4j.gemm(e, r3, dA, true, false, c * a3, 1.0);
        return 0.5 * c * (a1 * s1 + a2 * s2 + a3 * s3);
    }

    /** out = m (left right - Y); returns ||out||². */
    private double residual(INDArray left, INDArray right, INDArray out, boolean masked) {
        Nd4j.gemm(left, right, out, false, false, 1.0, 0.0);
        out.subi(yGrid);
        if (masked && mask != null) out.muliRowVector(mask);
        double norm = out.norm2Number().doubleValue();
        return norm * norm;
    }
}
