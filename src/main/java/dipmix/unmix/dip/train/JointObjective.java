package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** A loss on the outputs of several networks trained together: its value and its gradient for each output. */
public interface JointObjective {
    /**
     * Returns the loss at {@code outputs} (one per {@link Member}, in order) and writes d loss / d output k
     * into {@code dOutputs.get(k)} (same shape as output k).
     */
    double evaluate(List<INDArray> outputs, List<INDArray> dOutputs);
}
