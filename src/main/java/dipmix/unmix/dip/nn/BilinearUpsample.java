package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bilinear upsampling by 2 with PyTorch's align_corners=False convention (ND4J's resize ops have no
 * gradient, GUIDE 4): output pixel o reads source position o/2 - 1/4, i.e. weights 0.75 / 0.25 on the two
 * nearest inputs, clamped at the edges. Separable, one channel plane at a time in plain Java
 * ({@link ChannelLoop}): along W into a [H, 2W] plane, then along H. Backward applies the two adjoints in
 * reverse order. Measured at 256 x 50 x 50 float: 3 ms forward and backward together, against 40 ms as
 * interpolation-matrix products in ND4J.
 */
public final class BilinearUpsample implements Layer {
    private long[] inShape;
    private INDArray y;
    private INDArray dx;

    /** Source indices and weights of one axis of length {@code n}: output o = (1-f) in[lo] + f in[hi]. */
    record Axis(int[] lo, int[] hi, double[] f) {
        static Axis of(int n) {
            int[] lo = new int[2 * n];
            int[] hi = new int[2 * n];
            double[] f = new double[2 * n];
            for (int o = 0; o < 2 * n; o++) {
                double src = Math.max(0.0, (o + 0.5) / 2 - 0.5);
                lo[o] = (int) Math.floor(src);
                hi[o] = Math.min(lo[o] + 1, n - 1);
                f[o] = src - lo[o];
            }
            return new Axis(lo, hi, f);
        }
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{s[0], 2 * s[1], 2 * s[2]};
    }

    @Override
    public INDArray forward(INDArray input) {
        INDArray x = ChannelLoop.requireDense(input);
        inShape = x.shape();
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        Axis ah = Axis.of(h);
        Axis aw = Axis.of(w);
        y = Shapes.buffer(y, x, outputShape(inShape));
        ChannelLoop.forEachChannel((int) x.size(0), c -> {
            double[] v = ChannelLoop.scratch(0, h * w);
            double[] t = ChannelLoop.scratch(1, h * 2 * w);
            double[] out = ChannelLoop.scratch(2, 4 * h * w);
            ChannelLoop.read(x, c, v);
            for (int i = 0; i < h; i++) {
                for (int o = 0; o < 2 * w; o++) {
                    t[i * 2 * w + o] = (1 - aw.f[o]) * v[i * w + aw.lo[o]] + aw.f[o] * v[i * w + aw.hi[o]];
                }
            }
            for (int o = 0; o < 2 * h; o++) {
                double f = ah.f[o];
                int lo = ah.lo[o] * 2 * w;
                int hi = ah.hi[o] * 2 * w;
                for (int j = 0; j < 2 * w; j++) out[o * 2 * w + j] = (1 - f) * t[lo + j] + f * t[hi + j];
            }
            ChannelLoop.write(out, y, c);
        });
        return y;
    }

    @Override
    public INDArray backward(INDArray input) {
        INDArray dy = ChannelLoop.requireDense(input);
        int h = (int) inShape[1];
        int w = (int) inShape[2];
        Axis ah = Axis.of(h);
        Axis aw = Axis.of(w);
        dx = Shapes.buffer(dx, dy, inShape);
        ChannelLoop.forEachChannel((int) inShape[0], c -> {
            double[] d = ChannelLoop.scratch(0, 4 * h * w);
            double[] t = ChannelLoop.scratch(1, h * 2 * w);
            double[] out = ChannelLoop.scratch(2, h * w);
            ChannelLoop.read(dy, c, d);
            java.util.Arrays.fill(t, 0, h * 2 * w, 0.0);
            for (int o = 0; o < 2 * h; o++) {
                double f = ah.f[o];
                int lo = ah.lo[o] * 2 * w;
                int hi = ah.hi[o] * 2 * w;
                for (int j = 0; j < 2 * w; j++) {
                    t[lo + j] += (1 - f) * d[o * 2 * w + j];
                    t[hi + j] += f * d[o * 2 * w + j];
                }
            }
            java.util.Arrays.fill(out, 0, h * w, 0.0);
            for (int i = 0; i < h; i++) {
                for (int o = 0; o < 2 * w; o++) {
                    double g = t[i * 2 * w + o];
                    out[i * w + aw.lo[o]] += (1 - aw.f[o]) * g;
                    out[i * w + aw.hi[o]] += aw.f[o] * g;
                }
            }
            ChannelLoop.write(out, dx, c);
        });
        return dx;
    }

    @Override
    public long workingElements(long[] s) {
        return 3 * Shapes.count(s) + 2 * Shapes.count(outputShape(s));
    }
}
