package dipmix.unmix;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies ND4J matrices into Java float64 arrays in one bulk transfer. ND4J's own toDoubleMatrix() goes
 * row by row with an op per row (measured 50-250 ms for a 198 x 4 matrix on a loaded 2-core machine).
 */
public final class HostCopy {
    private HostCopy() { }

    /**
     * All values in row-major order, as float64. A contiguous c-order FLOAT or DOUBLE array is read straight
     * from its buffer (no ND4J op: a cast and a copy cost ~1 ms per call at 40 000 values, in op overheads).
     */
    public static double[] values(INDArray m) {
        int n = Math.toIntExact(m.length());
        int at = Math.toIntExact(m.offset());
        if (isDense(m) && m.dataType() == DataType.DOUBLE) {
            double[] out = new double[n];
            m.data().asNioDouble().get(at, out, 0, n);
            return out;
        }
        if (isDense(m) && m.dataType() == DataType.FLOAT) {
            float[] f = new float[n];
            m.data().asNioFloat().get(at, f, 0, n);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = f[i];
            return out;
        }
        return m.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** Writes {@code v} (row-major, {@code m.length()} values) into {@code m}, converting to its data type. */
    public static void assign(double[] v, INDArray m) {
        int n = Math.toIntExact(m.length());
        if (v.length != n) throw new IllegalArgumentException(v.length + " values for an array of " + n);
        int at = Math.toIntExact(m.offset());
        if (isDense(m) && m.dataType() == DataType.DOUBLE) {
            m.data().asNioDouble().put(at, v, 0, n);
        } else if (isDense(m) && m.dataType() == DataType.FLOAT) {
            float[] f = new float[n];
            for (int i = 0; i < n; i++) f[i] = (float) v[i];
            m.data().asNioFloat().put(at, f, 0, n);
        } else {
            m.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(v).reshape('c', m.shape()));
        }
    }

    private static boolean isDense(INDArray m) {
        return m.ordering() == 'c' && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(m) && !m.isEmpty();
    }

    /** A rank-2 matrix as rows x columns float64. */
    public static double[][] rows(INDArray m) {
        if (m.rank() != 2) throw new IllegalArgumentException("expected a matrix, got rank " + m.rank());
        int rows = (int) m.rows();
        int cols = (int) m.columns();
        double[] flat = values(m);
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) out[i] = java.util.Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
        return out;
    }
}
