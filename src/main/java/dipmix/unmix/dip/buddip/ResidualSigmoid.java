package dipmix.unmix.dip.buddip;

import dipmix.unmix.dip.nn.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The EDIP head y = s * sigmoid(x + logit(E~ / s)): with x = 0 the output is the guidance itself (clipped into
 * the open range), so training starts at E~, and the output always lies in (0, s). Backward:
 * dx = dy * y * (1 - y / s).
 */
final class ResidualSigmoid implements Layer {
    /** Keeps logit finite where the guidance touches 0 or the scale. */
    static final double CLIP = 1e-4;
    private final INDArray offset;
    private final double scale;
    private INDArray y;
    private INDArray dx;

    /** @param guide E~ in the layer's [p, r, 1] layout; @param scale s >= every guidance value */
    ResidualSigmoid(INDArray guide, double scale) {
        INDArray q = Transforms.max(Transforms.min(guide.div(scale), 1 - CLIP, false), CLIP, false);
        this.offset = Transforms.log(q.div(q.rsub(1.0)), false);
        this.scale = scale;
    }

    @Override
    public INDArray forward(INDArray x) {
        y = x.add(offset);
        Transforms.sigmoid(y, false).muli(scale);
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        dx = y.div(-scale).addi(1.0).muli(y).muli(dy);
        return dx;
    }

    @Override
    public long[] outputShape(long[] in) {
        return in.clone();
    }
}
