package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax over the channel axis at every pixel (max-shifted), written out because ND4J's rank-4 softmax is
 * wrong on oneDNN builds (GUIDE 4), and as one plain-Java pass over heap rows because the few channels (r)
 * make it a small job whose ND4J form (shift, exp, column sums, divide) cost 2.5 ms per iteration in op
 * overheads at Jasper size. Backward: dx = y (dy - sum_c y dy).
 */
public final class ChannelSoftmax implements Layer {
    /** Pixel blocks per pass: enough to keep both cores busy, few enough to stay cheap to schedule. */
    private static final int BLOCKS = 16;
    private INDArray y;
    private INDArray dx;
    private double[] probs;
    private double[] grad;

    @Override
    public long[] outputShape(long[] s) {
        return s.clone();
    }

    @Override
    public INDArray forward(INDArray input) {
        INDArray x = ChannelLoop.requireDense(input);
        int c = (int) x.size(0);
        int m = ChannelLoop.segment(x);
        y = Shapes.buffer(y, x, x.shape());
        double[] v = probs = allChannels(x, probs);
        ChannelLoop.forEachChannel(BLOCKS, b -> {
            for (int j = b * m / BLOCKS; j < (b + 1) * m / BLOCKS; j++) {
                double max = v[j];
                for (int k = 1; k < c; k++) max = Math.max(max, v[k * m + j]);
                double sum = 0;
                for (int k = 0; k < c; k++) sum += v[k * m + j] = Math.exp(v[k * m + j] - max);
                for (int k = 0; k < c; k++) v[k * m + j] /= sum;
            }
        });
        for (int k = 0; k < c; k++) ChannelLoop.write(v, k * m, y, k);
        return y;
    }

    @Override
    public INDArray backward(INDArray input) {
        INDArray dy = ChannelLoop.requireDense(input);
        int c = (int) y.size(0);
        int m = ChannelLoop.segment(y);
        dx = Shapes.buffer(dx, dy, dy.shape());
        double[] d = grad = allChannels(dy, grad);
        double[] p = probs;
        ChannelLoop.forEachChannel(BLOCKS, b -> {
            for (int j = b * m / BLOCKS; j < (b + 1) * m / BLOCKS; j++) {
                double s = 0;
                for (int k = 0; k < c; k++) s += p[k * m + j] * d[k * m + j];
                for (int k = 0; k < c; k++) d[k * m + j] = p[k * m + j] * (d[k * m + j] - s);
            }
        });
        for (int k = 0; k < c; k++) ChannelLoop.write(d, k * m, dx, k);
        return dx;
    }

    /** All channels of {@code a} one after the other in a heap row ({@code reuse} when it has the right length). */
    private static double[] allChannels(INDArray a, double[] reuse) {
        int c = (int) a.size(0);
        int m = ChannelLoop.segment(a);
        double[] v = reuse != null && reuse.length == c * m ? reuse : new double[c * m];
        for (int k = 0; k < c; k++) ChannelLoop.read(a, k, v, k * m);
        return v;
    }
}
