package dipmix.unmix.extract;

import dipmix.unmix.Endmembers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Endmembers found in a scene.
 *
 * @param endmembers p x r float32, one spectrum per column
 * @param pixels for each column, the column of Y (valid pixel) it came from, in the order chosen
 */
public record Extraction(INDArray endmembers, int[] pixels) {
    public Extraction {
        if (endmembers.columns() != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " pixel indices for " + endmembers.columns() + " endmembers");
        }
    }

    /** The endmembers named em1..emR. */
    public Endmembers named() {
        return Endmembers.unnamed(endmembers);
    }
}
