package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A loss on a network output: its value and its gradient with respect to that output. */
public interface Objective {
    /** Returns the loss at {@code output} and writes d loss / d output into {@code dOutput} (same shape). */
    double evaluate(INDArray output, INDArray dOutput);
}
