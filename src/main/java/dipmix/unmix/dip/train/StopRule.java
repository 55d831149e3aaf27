package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Decides after each iteration whether training has gone far enough, from the first network's average. */
@FunctionalInterface
public interface StopRule {

    /** True when training should stop after {@code iteration} (1-based) given the current average. */
    boolean shouldStop(int iteration, INDArray average);
}
