package dipmix.unmix;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Eager checks on what unmixing methods are handed, with messages fit to show a user: each names the
 * problem and the offending value. Every check throws {@link IllegalArgumentException}.
 */
public final class UnmixInput {
    private UnmixInput() { }

    /** Y must be a non-empty finite p x n matrix (bands x pixels). */
    public static void requireScene(INDArray y) {
        requireMatrix("the scene matrix Y", y);
        if (y.columns() == 0) throw new IllegalArgumentException("the scene has no valid pixel");
        if (y.rows() == 0) throw new IllegalArgumentException("the scene has no usable band");
        requireFinite("the scene matrix Y", y);
    }

    /** r must be at least 1 and at most the band count and the valid pixel count of Y. */
    public static void requireEndmemberCount(INDArray y, int r) {
        if (r < 1) throw new IllegalArgumentException("the number of endmembers must be at least 1, got " + r);
        if (r > y.rows()) {
            throw new IllegalArgumentException("cannot find " + r + " endmembers with only " + y.rows() + " usable bands");
        }
        if (r > y.columns()) {
            throw new IllegalArgumentException("cannot find " + r + " endmembers among only " + y.columns() + " valid pixels");
        }
    }

    /** E must be a finite p x r matrix with the same band count as Y and no more columns than bands. */
    public static void requireEndmembers(INDArray y, INDArray e) {
        requireMatrix("the endmember matrix", e);
        if (e.rows() != y.rows()) {
            throw new IllegalArgumentException("the endmembers have " + e.rows() + " bands but the scene has " + y.rows());
        }
        if (e.columns() < 1) throw new IllegalArgumentException("the endmember matrix has no column");
        if (e.columns() > e.rows()) {
            throw new IllegalArgumentException(e.columns() + " endmembers cannot be told apart with only " + e.rows() + " bands");
        }
        requireFinite("the endmember matrix (library)", e);
    }

    private static void requireMatrix(String what, INDArray m) {
        if (m == null) throw new IllegalArgumentException(what + " is missing");
        if (m.rank() != 2) {
            throw new IllegalArgumentException(what + " must be 2-D, got shape " + Arrays.toString(m.shape()));
        }
    }

    private static void requireFinite(String what, INDArray m) {
        // a full sum is one cheap pass and is non-finite exactly when some entry is (barring overflow);
        // the exact count is taken only on the failure path
        if (Double.isFinite(m.sumNumber().doubleValue())) return;
        long bad = m.scan(Conditions.notFinite()).longValue();
        if (bad > 0) {
            throw new IllegalArgumentException(what + " holds " + bad + " NaN or infinite value(s)");
        }
    }
}
