package dipmix.unmix.metrics;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Errors of estimated abundances Â against reference A (both r x n, rows already matched), in float64.
 */
public final class AbundanceErrors {
    private AbundanceErrors() { }

    /** aRMSE: mean over pixels of sqrt(mean over endmembers of (Â - A)²), as on the BUDDIP poster. */
    public static double aRmse(INDArray estimated, INDArray reference) {
        INDArray d = difference(estimated, reference);
        INDArray perPixel = d.muli(d).mean(0);
        return org.nd4j.linalg.ops.transforms.Transforms.sqrt(perPixel, false).meanNumber().doubleValue();
    }

    /** RMSE x100: 100 sqrt(mean (Â - A)²), as HySUPP reports it. */
    public static double rmseTimes100(INDArray estimated, INDArray reference) {
        return 100 * Math.sqrt(SpectralErrors.meanSquared(difference(estimated, reference)));
    }

    /** MAE: mean |Â - A|. */
    public static double mae(INDArray estimated, INDArray reference) {
        INDArray d = difference(estimated, reference);
        return d.norm1Number().doubleValue() / d.length();
    }

    /** SRE in dB: 10 log10(||A||² / ||A - Â||²); infinite for a perfect estimate. */
    public static double sreDb(INDArray estimated, INDArray reference) {
        double signal = reference.castTo(DataType.DOUBLE).norm2Number().doubleValue();
        double error = difference(estimated, reference).norm2Number().doubleValue();
        return 20 * Math.log10(signal / error);
    }

    private static INDArray difference(INDArray estimated, INDArray reference) {
        EndmemberMatching.requireSameShape("abundance", estimated, reference);
        return estimated.castTo(DataType.DOUBLE).sub(reference.castTo(DataType.DOUBLE));
    }
}
