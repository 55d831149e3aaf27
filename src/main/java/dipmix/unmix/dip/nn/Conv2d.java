package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A k x k convolution with stride s, no padding (pad with {@link ReflectionPad} first) and an optional bias, run as
 * libnd4j's conv2d / conv2d_bp custom ops called directly (no SameDiff graph: GUIDE 4). Weights are kept
 * in PyTorch's [out, in, k, k] layout; the weight and bias gradients are written straight into their views
 * of the flat gradient vector. A convolution followed by batch normalisation needs no bias: BN subtracts the
 * channel mean, so the bias cancels exactly and its gradient is zero (PyTorch keeps and updates it for nothing;
 * dropping it saved the bias add and the bias-gradient reduction of every such convolution).
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
        Nd4j.exec(op("conv2d").addInputs(inputs).addOutputs(y).build());
        return y.reshape(os);
    }

    @Override
    public INDArray backward(INDArray dy) {
        INDArray dy4 = Shapes.contiguous(dy).reshape(y.shape());
        dx = Shapes.buffer(dx, x4, x4.shape());
        INDArray[] inputs = bias == null ? new INDArray[]{x4, weight.value(), dy4}
                : new INDArray[]{x4, weight.value(), bias.value(), dy4};
        INDArray[] outputs = bias == null ? new INDArray[]{dx, weight.grad()} : new INDArray[]{dx, weight.grad(), bias.grad()};
        Nd4j.exec(op("conv2d_bp").addInputs(inputs).addOutputs(outputs).build());
        return dx.reshape(in, x4.size(2), x4.size(3));
    }

    private DynamicCustomOp.DynamicCustomOpsBuilder op(String name) {
        // kH, kW, sH, sW, pH, pW, dH, dW, paddingMode 0 = VALID, dataFormat 0 = NCHW, weightFormat 1 = [oC, iC, kH, kW]
        return DynamicCustomOp.builder(name).addIntegerArguments(k, k, stride, stride, 0, 0, 1, 1, 0, 0, 1);
    }

    @Override
    public long workingElements(long[] s) {
        long[] o = outputShape(s);
        // plus the im2col-style buffers of the native forward and backward (in * k * k per output pixel)
        return 3 * Shapes.count(s) + 2 * Shapes.count(o) + 2L * in * k * k * o[1] * o[2];
    }
}
