package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * All learnable parameters of a network as views of one flat vector, with their gradients as views of a
 * second flat vector of the same layout, so an optimiser updates everything in a few whole-vector ops.
 * Layers {@link #add declare} their tensors while the network is built; {@link #allocate} then creates
 * the two vectors once. Gradient views are written (not accumulated) by each backward pass.
 */
public final class Params {

    /** One declared tensor: its shape, its offset in the flat vectors and its initial values. */
    public final class Param {
        private final long[] shape;
        private final long offset;
        private final long length;
        private INDArray value;
        private INDArray grad;

        private Param(long[] shape, long offset, long length) {
            this.shape = shape;
            this.offset = offset;
            this.length = length;
        }

        /** The parameter tensor (a view of {@link Params#values()}). */
        public INDArray value() {
            if (value == null) throw new IllegalStateException("parameters not allocated yet");
            return value;
        }

        /** Its gradient (a view of {@link Params#grads()}). */
        public INDArray grad() {
            if (grad == null) throw new IllegalStateException("parameters not allocated yet");
            return grad;
        }

        public long[] shape() { return shape.clone(); }
    }

    private final List<Param> params = new ArrayList<>();
    private final List<double[]> initial = new ArrayList<>();
    private long total;
    private INDArray values;
    private INDArray grads;

    /** Declares a tensor with its initial values (row-major, {@code init.length} = product of shape). */
    public Param add(long[] shape, double[] init) {
        if (values != null) throw new IllegalStateException("parameters already allocated");
        long n = 1;
        for (long s : shape) n *= s;
        if (init.length != n) throw new IllegalArgumentException("initial values: " + init.length + " for " + n);
        Param p = new Param(shape.clone(), total, n);
        params.add(p);
        initial.add(init);
        total += n;
        return p;
    }

    /** Creates the flat value and gradient vectors in {@code type} and binds every declared tensor to them. */
    public void allocate(DataType type) {
        if (values != null) throw new IllegalStateException("parameters already allocated");
        double[] all = new double[Math.toIntExact(total)];
        for (int i = 0; i < params.size(); i++) {
            System.arraycopy(initial.get(i), 0, all, (int) params.get(i).offset, initial.get(i).length);
        }
        initial.clear();
        values = Nd4j.createFromArray(all).castTo(type).reshape(1, total);
        grads = Nd4j.zeros(type, 1, total);
        for (Param p : params) {
            p.value = view(values, p);
            p.grad = view(grads, p);
        }
    }

    private static INDArray view(INDArray flat, Param p) {
        INDArray v = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(p.offset, p.offset + p.length))
                .reshape('c', p.shape);
        if (!v.isView()) throw new IllegalStateException("parameter view became a copy");
        return v;
    }

    /** The flat parameter vector, 1 x {@link #size()}. */
    public INDArray values() { return values; }

    /** The flat gradient vector, 1 x {@link #size()}. */
    public INDArray grads() { return grads; }

    public long size() { return total; }

    public List<Param> list() { return List.copyOf(params); }
}
