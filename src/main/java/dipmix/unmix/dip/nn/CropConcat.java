package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

/**
 * Runs two branches on the same input and stacks their outputs along the channels (first branch first),
 * each centre-cropped to the smaller height and width as the Deep Image Prior code does (offset
 * (size - target) / 2, rounded down): with an odd input the upsampled deep branch is one pixel larger and
 * loses its last row or column. Backward pads each branch's gradient with zeros where it was cropped and
 * sums the two gradients with respect to the shared input. Without a first branch (a level with no skip
 * connection) the second is cropped to the input's own height and width.
 */
public final class CropConcat implements Layer {
    private final Layer first;
    private final Layer second;
    private long[] firstShape;
    private long[] secondShape;
    private INDArray y;
    private INDArray dFirst;
    private INDArray dSecond;
    private INDArray dx;

    /** {@code first} may be null (no skip connection); {@code second} may not. */
    public CropConcat(Layer first, Layer second) {
        if (second == null) throw new IllegalArgumentException("the second branch is required");
        this.first = first == null ? new Empty() : first;
        this.second = second;
    }

    public Layer first() { return first; }

    public Layer second() { return second; }

    @Override
    public long[] outputShape(long[] in) {
        long[] a = first.outputShape(in);
        long[] b = second.outputShape(in);
        return new long[]{a[0] + b[0], Math.min(a[1], b[1]), Math.min(a[2], b[2])};
    }

    @Override
    public INDArray forward(INDArray x) {
        INDArray a = first.forward(x);
        INDArray b = second.forward(x);
        firstShape = a.shape();
        secondShape = b.shape();
        long h = Math.min(a.size(1), b.size(1));
        long w = Math.min(a.size(2), b.size(2));
        y = Shapes.buffer(y, a, a.size(0) + b.size(0), h, w);
        y.get(interval(0, a.size(0)), all(), all()).assign(a.get(crop(a.shape(), h, w)));
        y.get(interval(a.size(0), y.size(0)), all(), all()).assign(b.get(crop(b.shape(), h, w)));
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        long h = dy.size(1);
        long w = dy.size(2);
        long ca = firstShape[0];
        // each branch gets its channel slice of dy: contiguous in c-order, so no copy unless it was cropped
        // (10 MB saved per step at Jasper size); a branch may overwrite it, dy is not read again
        INDArray sa = dy.get(interval(0, ca), all(), all());
        INDArray sb = dy.get(interval(ca, dy.size(0)), all(), all());
        if (firstShape[1] != h || firstShape[2] != w) sa = dFirst = uncrop(dFirst, sa, firstShape);
        if (secondShape[1] != h || secondShape[2] != w) sb = dSecond = uncrop(dSecond, sb, secondShape);
        INDArray ga = first.backward(sa);
        INDArray gb = second.backward(sb);
        dx = Shapes.buffer(dx, ga, ga.shape());
        dx.assign(ga).addi(gb);
        return dx;
    }

    /** {@code slice} placed in a zero buffer of the uncropped {@code shape} (reusing {@code old}). */
    private static INDArray uncrop(INDArray old, INDArray slice, long[] shape) {
        INDArray g = Shapes.buffer(old, slice, shape);
        g.assign(0);
        g.get(crop(shape, slice.size(1), slice.size(2))).assign(slice);
        return g;
    }

    private static INDArrayIndex[] crop(long[] s, long h, long w) {
        long oh = (s[1] - h) / 2;
        long ow = (s[2] - w) / 2;
        return new INDArrayIndex[]{all(), interval(oh, oh + h), interval(ow, ow + w)};
    }

    @Override
    public long workingElements(long[] in) {
        long[] a = first.outputShape(in);
        long[] b = second.outputShape(in);
        return first.workingElements(in) + second.workingElements(in)
                + 2 * (Shapes.count(a) + Shapes.count(b)) + Shapes.count(in);
    }

    /** A branch with no channels whose size is its input's: what "no skip connection" concatenates. */
    private static final class Empty implements Layer {
        private long[] in;

        @Override
        public INDArray forward(INDArray x) {
            in = x.shape();
            return org.nd4j.linalg.factory.Nd4j.create(x.dataType(), 0, x.size(1), x.size(2));
        }

        @Override
        public INDArray backward(INDArray dy) {
            return org.nd4j.linalg.factory.Nd4j.zeros(dy.dataType(), in);
        }

        @Override
        public long[] outputShape(long[] s) { return new long[]{0, s[1], s[2]}; }

        @Override
        public long workingElements(long[] s) { return Shapes.count(s); }
    }
}
