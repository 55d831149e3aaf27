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
        if (!isDense(m) || !isFloatOrDouble(m)) return m.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] out = new double[n];
        read(m, m.offset(), n, out, 0, null);
        return out;
    }

    /** Writes {@code v} (row-major, {@code m.length()} values) into {@code m}, converting to its data type. */
    public static void assign(double[] v, INDArray m) {
        int n = Math.toIntExact(m.length());
        if (v.length != n) throw new IllegalArgumentException(v.length + " values for an array of " + n);
        if (isDense(m) && isFloatOrDouble(m)) {
            write(v, 0, m, m.offset(), n, null);
        } else {
            m.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(v).reshape('c', m.shape()));
        }
    }

    /**
     * Copies {@code n} elements of the FLOAT or DOUBLE buffer of {@code a}, from element {@code start} of the
     * buffer on, into {@code dst} from index {@code at}, as float64. A FLOAT buffer goes through {@code floats}
     * (at least {@code n} long; null allocates one), so hot loops can pass a reused scratch row.
     */
    public static void read(INDArray a, long start, int n, double[] dst, int at, float[] floats) {
        int from = Math.toIntExact(start);
        if (a.dataType() == DataType.DOUBLE) {
            a.data().asNioDouble().get(from, dst, at, n);
        } else {
            float[] f = floats != null ? floats : new float[n];
            a.data().asNioFloat().get(from, f, 0, n);
            for (int i = 0; i < n; i++) dst[at + i] = f[i];
        }
    }

    /** The reverse of {@link #read}: {@code n} values of {@code src} from {@code at} into the buffer at {@code start}. */
    public static void write(double[] src, int at, INDArray a, long start, int n, float[] floats) {
        int to = Math.toIntExact(start);
        if (a.dataType() == DataType.DOUBLE) {
            a.data().asNioDouble().put(to, src, at, n);
        } else {
            float[] f = floats != null ? floats : new float[n];
            for (int i = 0; i < n; i++) f[i] = (float) src[at + i];
            a.data().asNioFloat().put(to, f, 0, n);
        }
    }

    private static boolean isFloatOrDouble(INDArray m) {
        return m.dataType() == DataType.FLOAT || m.dataType() == DataType.DOUBLE;
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
