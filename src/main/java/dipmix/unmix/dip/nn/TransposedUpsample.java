package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Learnable upsampling by 2: a transposed convolution with kernel 2 and stride 2 (PyTorch ConvTranspose2d(c,
 * c, 2, 2), weights [in, out, 2, 2]). The kernels do not overlap, so it is one matrix product producing the
 * four sub-pixel planes, interleaved into the output by a strided copy. Initialised as PyTorch does (its
 * fan-in is taken from dimension 1 of the weight: out * 4).
 */
public final class TransposedUpsample implements Layer {
    private final int channels;
    private final Params.Param weight;
    private final Params.Param bias;
    private INDArray x2;
    private INDArray z;
    private INDArray dz;
    private INDArray y;
    private INDArray dx;
    private INDArray ones;

    public TransposedUpsample(Params params, Init init, int channels) {
        if (channels < 1) throw new IllegalArgumentException("transposed conv over " + channels + " channels");
        this.channels = channels;
        long fanIn = channels * 4L;
        this.weight = params.add(new long[]{channels, channels, 2, 2}, init.uniformFanIn(channels * fanIn, fanIn));
        this.bias = params.add(new long[]{channels}, init.uniformFanIn(channels, fanIn));
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{s[0], 2 * s[1], 2 * s[2]};
    }

    @Override
    public INDArray forward(INDArray x) {
        Shapes.requireChw(x, channels, "transposed conv");
        long h = x.size(1);
        long w = x.size(2);
        int c = channels;
        x2 = Shapes.contiguous(x).reshape(c, h * w);
        z = Shapes.buffer(z, x, 4L * c, h * w);
        y = Shapes.buffer(y, x, c, 2 * h, 2 * w);
        // z[(o, a, b), (i, j)] = sum_c W[c, o, a, b] x[c, i, j]
        Nd4j.gemm(weight.value().reshape(c, 4L * c), x2, z, true, false, 1.0, 0.0);
        y.reshape(c, h, 2, w, 2).assign(z.reshape(c, 2, 2, h, w).permute(0, 3, 1, 4, 2));
        y.reshape(c, 4 * h * w).addiColumnVector(bias.value().reshape(c, 1));
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        int c = channels;
        long h = dy.size(1) / 2;
        long w = dy.size(2) / 2;
        dz = Shapes.buffer(dz, dy, 4L * c, h * w);
        dz.reshape(c, 2, 2, h, w).assign(Shapes.contiguous(dy).reshape(c, h, 2, w, 2).permute(0, 2, 4, 1, 3));
        ones = Shapes.ones(ones, dy, 4 * h * w);
        Nd4j.gemm(dz.reshape(c, 4 * h * w), ones, bias.grad().reshape(c, 1), false, false, 1.0, 0.0);
        Nd4j.gemm(x2, dz, weight.grad().reshape(c, 4L * c), false, true, 1.0, 0.0);
        dx = Shapes.buffer(dx, dy, c, h * w);
        Nd4j.gemm(weight.value().reshape(c, 4L * c), dz, dx, false, false, 1.0, 0.0);
        return dx.reshape(c, h, w);
    }
}
