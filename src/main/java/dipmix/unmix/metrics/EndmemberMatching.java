package dipmix.unmix.metrics;

import dipmix.unmix.HostCopy;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pairs estimated endmembers with reference ones before scoring (estimates come in arbitrary order):
 * the permutation that minimises the total spectral angle, or the total abundance squared error.
 * A permutation {@code perm} means: estimated column/row {@code perm[k]} is matched to reference k.
 */
public final class EndmemberMatching {
    private EndmemberMatching() { }

    /** Matches estimated spectra (p x r) to reference spectra (p x r) by least total angle. */
    public static int[] bySpectralAngle(INDArray estimated, INDArray reference) {
        requireSameShape("endmember", estimated, reference);
        double[][] est = HostCopy.rows(estimated.transpose());
        double[][] ref = HostCopy.rows(reference.transpose());
        int r = ref.length;
        double[][] cost = new double[r][r];
        for (int k = 0; k < r; k++) for (int j = 0; j < r; j++) cost[k][j] = SpectralErrors.angleDegrees(est[j], ref[k]);
        return Hungarian.assign(cost);
    }

    /** Matches estimated abundance rows (r x n) to reference rows by least total squared error. */
    public static int[] byAbundance(INDArray estimated, INDArray reference) {
        requireSameShape("abundance", estimated, reference);
        double[][] est = HostCopy.rows(estimated);
        double[][] ref = HostCopy.rows(reference);
        int r = ref.length;
        double[][] cost = new double[r][r];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < r; j++) {
                double s = 0;
                for (int i = 0; i < ref[k].length; i++) s += (est[j][i] - ref[k][i]) * (est[j][i] - ref[k][i]);
                cost[k][j] = s;
            }
        }
        return Hungarian.assign(cost);
    }

    /** Estimated endmember columns in reference order. */
    public static INDArray reorderColumns(INDArray estimated, int[] perm) {
        return estimated.getColumns(perm);
    }

    /** Estimated abundance rows in reference order. */
    public static INDArray reorderRows(INDArray estimated, int[] perm) {
        return estimated.getRows(perm);
    }

    static void requireSameShape(String what, INDArray estimated, INDArray reference) {
        if (estimated.rank() != 2 || reference.rank() != 2 || estimated.rows() != reference.rows()
                || estimated.columns() != reference.columns()) {
            throw new IllegalArgumentException("estimated " + what + "s " + java.util.Arrays.toString(estimated.shape())
                    + " do not match the reference " + java.util.Arrays.toString(reference.shape()));
        }
    }
}
