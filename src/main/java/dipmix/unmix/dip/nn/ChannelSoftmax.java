package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax over the channel axis at every pixel, written out (max-shifted) on the [C, H*W] view because
 * ND4J's rank-4 softmax is wrong on oneDNN builds (GUIDE 4). Backward: dx = y (dy - sum_c y dy).
 */
public final class ChannelSoftmax implements Layer {
    private INDArray y;
    private INDArray dx;
    private INDArray ones;
    private INDArray colSum;

    @Override
    public long[] outputShape(long[] s) {
        return s.clone();
    }

    @Override
    public INDArray forward(INDArray x) {
        long c = x.size(0);
        long m = x.size(1) * x.size(2);
        y = Shapes.buffer(y, x, c, m);
        ones = Shapes.ones(ones, x, c);
        colSum = Shapes.buffer(colSum, x, 1, m);
        INDArray x2 = Shapes.contiguous(x).reshape(c, m);
        y.assign(x2).subiRowVector(x2.max(0).reshape(1, m));
        Transforms.exp(y, false);
        Nd4j.gemm(ones, y, colSum, true, false, 1.0, 0.0);
        y.diviRowVector(colSum);
        return y.reshape(c, x.size(1), x.size(2));
    }

    @Override
    public INDArray backward(INDArray dy) {
        long c = y.size(0);
        long m = y.size(1);
        INDArray dy2 = Shapes.contiguous(dy).reshape(c, m);
        dx = Shapes.buffer(dx, dy2, c, m);
        dx.assign(dy2).muli(y);
        Nd4j.gemm(ones, dx, colSum, true, false, 1.0, 0.0);
        dx.assign(dy2).subiRowVector(colSum).muli(y);
        return dx.reshape(c, dy.size(1), dy.size(2));
    }
}
