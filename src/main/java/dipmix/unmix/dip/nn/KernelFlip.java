package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The kernel of the transposed correlation: [out, in, k, k] turned by 180 degrees in the spatial axes with the
 * in/out axes swapped, so that a forward convolution of dy with it gives dx. Plain Java over the buffers, one
 * row of the result per input channel ({@link ChannelLoop}): libnd4j's reverse op took 130-140 ms for a
 * 256 x 260 x 3 x 3 kernel, this about a millisecond.
 */
final class KernelFlip {
    private KernelFlip() { }

    /**
     * Writes the flip of the contiguous kernel {@code w} [out, in, k, k] into the contiguous {@code f} [in, out,
     * k, k].
     */
    static void flip(INDArray w, INDArray f) {
        int out = Math.toIntExact(w.size(0));
        int in = Math.toIntExact(w.size(1));
        int kk = Math.toIntExact(w.size(2) * w.size(3));
        int n = out * in * kk;
        // the whole kernel as the single channel of a [1, n] view, read once and shared by the row builders
        double[] src = ChannelLoop.scratch(2, n);  // slot 2: the caller also runs rows, which use slot 0
        ChannelLoop.read(w.reshape(1, n), 0, src);
        INDArray rows = f.reshape(in, (long) out * kk);
        ChannelLoop.forEachChannel(in, i -> {
            double[] dst = ChannelLoop.scratch(0, out * kk);
            for (int o = 0; o < out; o++) {
                int from = (o * in + i) * kk;
                int to = o * kk + kk - 1;
                for (int t = 0; t < kk; t++) dst[to - t] = src[from + t];
            }
            ChannelLoop.write(dst, rows, i);
        });
    }
}
