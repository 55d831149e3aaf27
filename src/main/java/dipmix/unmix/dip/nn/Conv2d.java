package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A k x k convolution with stride s, no padding (pad with {@link ReflectionPad} first) and an optional bias, as
 * libnd4j custom ops called directly (no SameDiff graph: GUIDE 4). The forward pass is oneDNN's conv2d. The
 * backward pass avoids conv2d_bp, which ran at 80-99 GFLOP/s against the forward's 316-338 (200-290 ms for the
 * 260 -> 256 convolution at Jasper size, twice the forward's 37 ms of work): the weight gradient is one GEMM of dy
 * against the unfolded input ({@link Unfold}); at stride 1 the input gradient is one more oneDNN forward
 * convolution, of dy with a zero border against the kernel turned by 180 degrees with in and out swapped
 * ({@link KernelFlip}); at other strides it is W^T dy folded back by col2im. That backward takes ~100 ms in the
 * network. Weights are kept in PyTorch's [out, in, k, k] layout; the weight and bias gradients are written
 * straight into their views of the flat gradient vector. A convolution followed by batch normalisation needs no
 * bias: BN subtracts the channel mean, so the bias cancels exactly and its gradient is zero (PyTorch keeps and
 * updates it for nothing; dropping it saved the bias add and the bias-gradient reduction of every such
 * convolution).
 */
public final class Conv2d implements Layer {
    private final int in;
    private final int out;
    private final int k;
    private final int stride;
    private final Params.Param weight;
    private final Params.Param bias;  // null when the convolution has none

    private INDArray x4;
    private INDArray y;
    private INDArray dx;
    private INDArray col;
    private INDArray flipped;
    private INDArray ones;

    public Conv2d(Params params, Init init, int in, int out, int k, int stride) {
        this(params, init, in, out, k, stride, true);
    }

    public Conv2d(Params params, Init init, int in, int out, int k, int stride, boolean withBias) {
        if (in < 1 || out < 1 || k < 1 || stride < 1) {
            throw new IllegalArgumentException("conv " + in + "->" + out + " k=" + k + " stride=" + stride);
        }
        this.in = in;
        this.out = out;
        this.k = k;
        this.stride = stride;
        long fanIn = (long) in * k * k;
        this.weight = params.add(new long[]{out, in, k, k}, init.uniformFanIn((long) out * fanIn, fanIn));
        this.bias = withBias ? params.add(new long[]{out}, init.uniformFanIn(out, fanIn)) : null;
    }

    public Params.Param weight() { return weight; }

    /** The bias, or null when this convolution has none. */
    public Params.Param bias() { return bias; }

    @Override
    public long[] outputShape(long[] s) {
        if (s[1] < k || s[2] < k) {
            throw new IllegalArgumentException("a " + k + "x" + k + " convolution needs at least " + k + "x" + k
                    + " pixels, got " + s[1] + "x" + s[2]);
        }
        return new long[]{out, (s[1] - k) / stride + 1, (s[2] - k) / stride + 1};
    }

    @Override
    public INDArray forward(INDArray x) {
        Shapes.requireChw(x, in, "conv");
        long[] os = outputShape(x.shape());
        x4 = Shapes.contiguous(x).reshape(1, in, x.size(1), x.size(2));
        y = Shapes.buffer(y, x, 1, os[0], os[1], os[2]);
        // building the op is cheap next to running it; rebuilding keeps buffer identity out of the contract
        INDArray[] inputs = bias == null ? new INDArray[]{x4, weight.value()} : new INDArray[]{x4, weight.value(), bias.value()};
        Nd4j.exec(conv(stride, 0).addInputs(inputs).addOutputs(y).build());
        return y.reshape(os);
    }

    @Override
    public INDArray backward(INDArray dy) {
        INDArray dy4 = Shapes.contiguous(dy).reshape(y.shape());
        long oh = y.size(2);
        long ow = y.size(3);
        INDArray dy2 = dy4.reshape(out, oh * ow);
        // weight gradient: dy times the input unfolded into [in*k*k, oh*ow] columns (one GEMM)
        col = Shapes.buffer(col, x4, (long) in * k * k, oh * ow);
        Unfold.im2col(x4.reshape(in, x4.size(2), x4.size(3)), k, stride, col);
        Nd4j.gemm(dy2, col, weight.grad().reshape(out, (long) in * k * k), false, true, 1.0, 0.0);
        if (bias != null) {
            ones = Shapes.ones(ones, dy2, oh * ow);
            Nd4j.gemm(dy2, ones, bias.grad().reshape(out, 1), false, false, 1.0, 0.0);
        }
        dx = Shapes.buffer(dx, x4, x4.shape());
        if (stride == 1) {
            inputGradientAsConvolution(dy4);
        } else {
            // the unfolded gradient W^T dy folded back onto the input grid, overlaps summed
            Nd4j.gemm(weight.value().reshape(out, (long) in * k * k), dy2, col, true, false, 1.0, 0.0);
            dx.assign(0);
            Nd4j.exec(DynamicCustomOp.builder("col2im").addIntegerArguments(stride, stride, 0, 0,
                    (int) x4.size(2), (int) x4.size(3), 1, 1, 0)
                    .addInputs(col.reshape(1, in, k, k, oh, ow)).addOutputs(dx).build());
        }
        return dx.reshape(in, x4.size(2), x4.size(3));
    }

    /**
     * dx of a stride-1 valid convolution is the full correlation of dy with the kernel turned by 180 degrees
     * and its in/out axes swapped: one more forward convolution, on dy with oneDNN's own zero border of k-1
     * (as fast as copying dy into a zero-bordered buffer first, minus the 4 ms copy at Jasper size).
     */
    private void inputGradientAsConvolution(INDArray dy4) {
        flipped = Shapes.buffer(flipped, dy4, in, out, k, k);
        KernelFlip.flip(weight.value(), flipped);
        Nd4j.exec(conv(1, k - 1).addInputs(dy4, flipped).addOutputs(dx).build());
    }

    private DynamicCustomOp.DynamicCustomOpsBuilder conv(int s, int pad) {
        // kH, kW, sH, sW, pH, pW, dH, dW, paddingMode 0 = explicit (zero) padding, dataFormat 0 = NCHW,
        // weightFormat 1 = [oC, iC, kH, kW]
        return DynamicCustomOp.builder("conv2d").addIntegerArguments(k, k, s, s, pad, pad, 1, 1, 0, 0, 1);
    }

    @Override
    public long workingElements(long[] s) {
        long[] o = outputShape(s);
        // input, dx, output, dy, and the unfolded input of the backward pass plus the native forward's own
        // buffer of the same size (in * k * k per output pixel)
        return 3 * Shapes.count(s) + 3 * Shapes.count(o) + 2L * in * k * k * o[1] * o[2];
    }
}
