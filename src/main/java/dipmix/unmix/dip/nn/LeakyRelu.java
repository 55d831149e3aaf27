package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.LeakyReLUDerivative;
import org.nd4j.linalg.factory.Nd4j;

/** LeakyReLU with negative slope {@code alpha} (UnDIP uses 0.1); backward multiplies by the kept slope mask. */
public final class LeakyRelu implements Layer {
    private final double alpha;
    private INDArray y;
    private INDArray mask;
    private INDArray dx;

    public LeakyRelu(double alpha) {
        if (!(alpha >= 0 && alpha < 1)) throw new IllegalArgumentException("LeakyReLU slope must be in [0,1), got " + alpha);
        this.alpha = alpha;
    }

    @Override
    public long[] outputShape(long[] s) {
        return s.clone();
    }

    @Override
    public INDArray forward(INDArray x) {
        y = Shapes.buffer(y, x, x.shape());
        mask = Shapes.buffer(mask, x, x.shape());
        Nd4j.exec(new LeakyReLUDerivative(x, mask, alpha));
        Nd4j.exec(new LeakyReLU(x, y, alpha));
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        dx = Shapes.buffer(dx, dy, dy.shape());
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp(dy, mask, dx));
        return dx;
    }
}
