package dipmix.unmix.extract;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Finds r endmember spectra among the pixels of a scene. */
public interface EndmemberExtractor {
    /**
     * @param y good bands x valid pixels
     * @param r number of endmembers, 1 <= r <= min(bands, pixels)
     * @param seed makes randomised methods repeatable; the same inputs and seed give the same result
     * @throws IllegalArgumentException on an empty or non-finite scene or an impossible r
     */
    Extraction extract(INDArray y, int r, long seed);
}
