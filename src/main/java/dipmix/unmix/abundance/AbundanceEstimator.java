package dipmix.unmix.abundance;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Estimates abundances A (r x n) for a scene Y (p x n) given endmembers E (p x r). */
public interface AbundanceEstimator {
    /**
     * @param y good bands x valid pixels
     * @param e good bands x endmembers, finite, linearly independent columns
     * @return r x n float32 abundances
     * @throws IllegalArgumentException on mismatched shapes, non-finite input or dependent endmembers
     */
    INDArray estimate(INDArray y, INDArray e);
}
