package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;

/** Shape arithmetic shared by the layers. */
final class Shapes {
    private Shapes() { }

    static long count(long[] shape) {
        long n = 1;
        for (long s : shape) n *= s;
        return n;
    }

    /** Throws when {@code x} is not a c-order rank-3 array with {@code channels} channels. */
    static void requireChw(INDArray x, long channels, String layer) {
        if (x.rank() != 3 || x.size(0) != channels) {
            throw new IllegalArgumentException(layer + " expects [" + channels + ", H, W], got "
                    + Arrays.toString(x.shape()));
        }
    }

    /** The array as a contiguous c-order copy when it is not one already. */
    static INDArray contiguous(INDArray x) {
        return x.ordering() == 'c' && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(x) ? x : x.dup('c');
    }

    /** A new buffer of {@code shape} in the data type of {@code like}, or {@code old} when it already fits. */
    static INDArray buffer(INDArray old, INDArray like, long... shape) {
        if (old != null && old.dataType() == like.dataType() && Arrays.equals(old.shape(), shape)) return old;
        return org.nd4j.linalg.factory.Nd4j.create(like.dataType(), shape, 'c');
    }

    /** A column of {@code n} ones in the data type of {@code like} (for sums as matrix products), reusing {@code old}. */
    static INDArray ones(INDArray old, INDArray like, long n) {
        if (old != null && old.dataType() == like.dataType() && old.length() == n) return old;
        return org.nd4j.linalg.factory.Nd4j.ones(like.dataType(), n, 1);
    }
}
