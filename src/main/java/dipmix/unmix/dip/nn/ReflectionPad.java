package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

/**
 * Reflection padding by one pixel on each side (PyTorch's ReflectionPad2d(1)), written out because ND4J's
 * own mirror padding has a wrong or missing gradient (GUIDE 4). Forward copies the interior, then the
 * reflected rows, then the reflected columns (corners included); backward is the exact adjoint: it folds
 * the columns back, then the rows, then takes the interior. Needs at least 2 x 2 pixels.
 */
public final class ReflectionPad implements Layer {
    private INDArray y;
    private INDArray dx;

    @Override
    public long[] outputShape(long[] s) {
        if (s[1] < 2 || s[2] < 2) {
            throw new IllegalArgumentException("reflection padding needs at least 2x2 pixels, got " + s[1] + "x" + s[2]);
        }
        return new long[]{s[0], s[1] + 2, s[2] + 2};
    }

    @Override
    public INDArray forward(INDArray x) {
        long[] os = outputShape(x.shape());
        long h = x.size(1);
        long w = x.size(2);
        y = Shapes.buffer(y, x, os);
        y.get(all(), interval(1, h + 1), interval(1, w + 1)).assign(x);
        y.get(all(), point(0), interval(1, w + 1)).assign(x.get(all(), point(1), all()));
        y.get(all(), point(h + 1), interval(1, w + 1)).assign(x.get(all(), point(h - 2), all()));
        y.get(all(), all(), point(0)).assign(y.get(all(), all(), point(2)));
        y.get(all(), all(), point(w + 1)).assign(y.get(all(), all(), point(w - 1)));
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        long h = dy.size(1) - 2;
        long w = dy.size(2) - 2;
        // adjoint of the column copies (done last in forward, so undone first), in place on dy
        dy.get(all(), all(), point(w - 1)).addi(dy.get(all(), all(), point(w + 1)));
        dy.get(all(), all(), point(2)).addi(dy.get(all(), all(), point(0)));
        dx = Shapes.buffer(dx, dy, dy.size(0), h, w);
        dx.assign(dy.get(all(), interval(1, h + 1), interval(1, w + 1)));
        dx.get(all(), point(h - 2), all()).addi(dy.get(all(), point(h + 1), interval(1, w + 1)));
        dx.get(all(), point(1), all()).addi(dy.get(all(), point(0), interval(1, w + 1)));
        return dx;
    }
}
