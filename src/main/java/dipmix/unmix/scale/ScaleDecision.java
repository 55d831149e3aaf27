package dipmix.unmix.scale;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The factor to multiply the scene by before unmixing, and why, for the run's report.
 *
 * @param factor positive finite multiplier (1 leaves the scene as it is)
 * @param reason one sentence for the report saying what was detected or set
 */
public record ScaleDecision(double factor, String reason) {
    public ScaleDecision {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the reflectance scale factor must be positive and finite, got " + factor);
        }
    }

    /** A factor the user gave (the CLI's --scale), reported as such. */
    public static ScaleDecision explicit(double factor) {
        return new ScaleDecision(factor, "scene multiplied by " + factor + " as requested (--scale)");
    }

    public boolean changesData() {
        return factor != 1.0;
    }

    /** Y times the factor as a new array, or Y itself when the factor is 1. */
    public INDArray apply(INDArray y) {
        return changesData() ? y.mul(factor) : y;
    }
}
