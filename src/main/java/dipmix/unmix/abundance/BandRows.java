package dipmix.unmix.abundance;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads stretches of band rows of a p x n float32 scene straight from its off-heap buffer, so per-pixel
 * float64 products can be formed in Java without an ND4J cast of the whole scene (casting column views
 * to float64 in ND4J cost ~10 s per million pixels, measured). Makes one contiguous copy first when the
 * matrix is not a plain row-major float32 array of its own.
 */
final class BandRows {
    /** A FloatBuffer over off-heap memory is limited to 2^31 bytes. */
    static final long MAX_VALUES = Integer.MAX_VALUE / Float.BYTES;

    private final FloatBuffer buffer;
    private final int offset;
    private final int columns;

    private BandRows(FloatBuffer buffer, int offset, int columns) {
        this.buffer = buffer;
        this.offset = offset;
        this.columns = columns;
    }

    /** @param y p x n with p·n <= {@link #MAX_VALUES} */
    static BandRows of(INDArray y) {
        if (y.length() > MAX_VALUES) throw new IllegalStateException("slab too large: " + y.length());
        boolean direct = y.dataType() == DataType.FLOAT && y.ordering() == 'c' && !y.isView()
                && y.elementWiseStride() == 1 && y.data().length() == y.length();
        INDArray c = direct ? y : y.castTo(DataType.FLOAT).dup('c');
        return new BandRows(c.data().asNioFloat(), Math.toIntExact(c.offset()), (int) c.columns());
    }

    /** Copies pixels [from, from + len) of band {@code band} into dst[0, len). */
    void read(int band, int from, float[] dst, int len) {
        buffer.get(offset + band * columns + from, dst, 0, len);
    }
}
