package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * im2col in plain Java, one channel at a time: row (c, ky, kx) of the result holds x[c, oy*s + ky, ox*s + kx]
 * for every output pixel (oy, ox) of a valid k x k convolution with stride s. Each channel's plane is copied to
 * the heap once and its rows are bulk-put straight into the result in its own type: for 260 channels of
 * 102 x 102 floats (a 2340 x 10000 result) this takes 7-10 ms, against 18-27 ms when the rows went through
 * {@link ChannelLoop}'s double buffers and 23-35 ms for libnd4j's im2col op.
 */
final class Unfold {
    private Unfold() { }

    /** Unfolds the contiguous {@code x} [C, H, W] into the contiguous {@code col} [C*k*k, oh*ow]. */
    static void im2col(INDArray x, int k, int stride, INDArray col) {
        int channels = Math.toIntExact(x.size(0));
        int h = Math.toIntExact(x.size(1));
        int w = Math.toIntExact(x.size(2));
        Grid g = new Grid(k, stride, w, (h - k) / stride + 1, (w - k) / stride + 1);
        int rowsPerChannel = k * k * g.oh * g.ow;
        int colFrom = Math.toIntExact(col.offset());
        Planes planes = x.dataType() == DataType.DOUBLE ? doublePlanes(x, col, h * w) : floatPlanes(x, col, h * w);
        ChannelLoop.forEachChannel(channels, c -> g.unfold(planes.load(c), colFrom + c * rowsPerChannel));
    }

    /** Loads channel c's plane onto the heap and returns the copier from it into the result. */
    @FunctionalInterface
    private interface Planes {
        RowCopy load(int c);
    }

    /** Copies {@code count} consecutive elements of the loaded plane from {@code from} to {@code at} on. */
    @FunctionalInterface
    private interface RowCopy {
        void copy(int from, int at, int count);
    }

    private static Planes floatPlanes(INDArray x, INDArray col, int plane) {
        int xFrom = Math.toIntExact(x.offset());
        return c -> {
            float[] p = ChannelLoop.floats(plane);
            x.data().asNioFloat().get(xFrom + c * plane, p, 0, plane);
            FloatBuffer out = col.data().asNioFloat();
            return (from, at, n) -> out.put(at, p, from, n);
        };
    }

    private static Planes doublePlanes(INDArray x, INDArray col, int plane) {
        int xFrom = Math.toIntExact(x.offset());
        return c -> {
            double[] p = ChannelLoop.scratch(0, plane);
            x.data().asNioDouble().get(xFrom + c * plane, p, 0, plane);
            DoubleBuffer out = col.data().asNioDouble();
            return (from, at, n) -> out.put(at, p, from, n);
        };
    }

    /** Where each of one channel's k*k*oh rows comes from in its plane and goes in the result. */
    private record Grid(int k, int stride, int w, int oh, int ow) {
        void unfold(RowCopy rows, int at) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    for (int oy = 0; oy < oh; oy++, at += ow) {
                        int from = (oy * stride + ky) * w + kx;
                        if (stride == 1) {
                            rows.copy(from, at, ow);
                        } else {
                            for (int ox = 0; ox < ow; ox++) rows.copy(from + ox * stride, at + ox, 1);
                        }
                    }
                }
            }
        }
    }
}
