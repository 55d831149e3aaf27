package dipmix.unmix.metrics;

import dipmix.unmix.HostCopy;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Errors on spectra: spectral angles of endmembers and reconstruction errors of the scene (float64). */
public final class SpectralErrors {
    private SpectralErrors() { }

    /** Angle between two spectra in degrees (0 for parallel ones; 90 when either is all zeros). */
    public static double angleDegrees(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        if (aa == 0 || bb == 0) return 90;
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, ab / Math.sqrt(aa * bb)))));
    }

    /** SAD per endmember in degrees between matched columns (p x r each, already in the same order). */
    public static double[] sadDegrees(INDArray estimated, INDArray reference) {
        EndmemberMatching.requireSameShape("endmember", estimated, reference);
        double[][] est = HostCopy.rows(estimated.transpose());
        double[][] ref = HostCopy.rows(reference.transpose());
        double[] out = new double[ref.length];
        for (int k = 0; k < ref.length; k++) out[k] = angleDegrees(est[k], ref[k]);
        return out;
    }

    /** aSAD: the mean of {@link #sadDegrees}. */
    public static double meanSadDegrees(INDArray estimated, INDArray reference) {
        return java.util.Arrays.stream(sadDegrees(estimated, reference)).average().orElseThrow();
    }

    /** RE = mean over bands and pixels of (E Â - Y)². */
    public static double reconstructionError(INDArray y, INDArray e, INDArray a) {
        return meanSquared(e.castTo(DataType.DOUBLE).mmul(a.castTo(DataType.DOUBLE)).subi(y.castTo(DataType.DOUBLE)));
    }

    /** Spectral MSE: mean of (E Â - Y_clean)², against the noiseless scene when it is known. */
    public static double spectralMse(INDArray yClean, INDArray e, INDArray a) {
        return reconstructionError(yClean, e, a);
    }

    static double meanSquared(INDArray d) {
        double norm = d.norm2Number().doubleValue();
        return norm * norm / d.length();
    }
}
