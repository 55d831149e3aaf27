package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;

/**
 * The kernel of the transposed correlation: [out, in, k, k] turned by 180 degrees in the spatial axes with the
 * in/out axes swapped, so that a forward convolution of dy with it gives dx. Plain Java over the buffers:
 * libnd4j's reverse op took 130-140 ms for a 256 x 260 x 3 x 3 kernel, this takes about a millisecond.
 */
final class KernelFlip {
    private KernelFlip() { }

    /** Writes the flip of the contiguous kernel {@code w} [out, in, k, k] into the contiguous {@code f} [in, out, k, k]. */
    static void flip(INDArray w, INDArray f) {
        int out = Math.toIntExact(w.size(0));
        int in = Math.toIntExact(w.size(1));
        int kk = Math.toIntExact(w.size(2) * w.size(3));
        int n = out * in * kk;
        double[] src = ChannelLoop.scratch(0, n);
        double[] dst = ChannelLoop.scratch(1, n);
        read(w, src, n);
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                int from = (o * in + i) * kk;
                int to = (i * out + o) * kk + kk - 1;
                for (int t = 0; t < kk; t++) dst[to - t] = src[from + t];
            }
        }
        write(dst, f, n);
    }

    private static void read(INDArray a, double[] dst, int n) {
        int start = Math.toIntExact(a.offset());
        if (a.dataType() == DataType.DOUBLE) {
            a.data().asNioDouble().get(start, dst, 0, n);
        } else {
            FloatBuffer b = a.data().asNioFloat();
            for (int i = 0; i < n; i++) dst[i] = b.get(start + i);
        }
    }

    private static void write(double[] src, INDArray a, int n) {
        int start = Math.toIntExact(a.offset());
        if (a.dataType() == DataType.DOUBLE) {
            DoubleBuffer b = a.data().asNioDouble();
            b.put(start, src, 0, n);
        } else {
            FloatBuffer b = a.data().asNioFloat();
            for (int i = 0; i < n; i++) b.put(start + i, (float) src[i]);
        }
    }
}
