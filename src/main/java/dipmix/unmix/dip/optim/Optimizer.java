package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A first-order update of a flat parameter vector from its flat gradient, in place, with PyTorch's update
 * rules (so results are comparable with the reference implementation). State buffers are allocated on the
 * first step and reused.
 */
public interface Optimizer {
    /** Applies one update to {@code params} from {@code grads} (same shape; grads may be overwritten). */
    void step(INDArray params, INDArray grads);

    /** Number of steps taken so far. */
    long steps();
}
