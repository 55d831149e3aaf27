package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One step of a network on a single image held as a c-order [channels, height, width] array (the batch
 * of one is implicit). A layer keeps what its backward pass needs from the latest forward pass; the
 * arrays it returns are buffers it owns and rewrites on its next call, so callers must not keep them
 * across iterations.
 */
public interface Layer {

    /** Computes the output for {@code x}; {@code x} must stay unchanged until {@link #backward} ran. */
    INDArray forward(INDArray x);

    /**
     * Given the gradient of the loss with respect to the latest output, writes the gradients of this
     * layer's parameters into their gradient views and returns the gradient with respect to the input.
     * May overwrite {@code dy}.
     */
    INDArray backward(INDArray dy);

    /** The output shape for an input of shape {@code in} ([C, H, W]). */
    long[] outputShape(long[] in);

    /**
     * Elements of working memory (activations and gradient buffers this layer holds, excluding its
     * parameters) for an input of shape {@code in}: the basis of the memory estimate.
     */
    default long workingElements(long[] in) {
        return 2 * Shapes.count(in) + 2 * Shapes.count(outputShape(in));
    }
}
