package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a method produced.
 *
 * @param endmembers final p x r endmembers (the starting ones for non-blind methods)
 * @param abundances r x n over the valid pixels
 * @param lossHistory loss per iteration for iterative methods, else null
 * @param diagnostics method facts for the report (iterations run, final loss, seconds per iteration, ...)
 * @param guidance for methods refining a classical estimate (BUDDIP), that estimate, scored beside the result;
 *                 else null
 */
public record Solution(Endmembers endmembers, INDArray abundances, double[] lossHistory, Map<String, Object> diagnostics,
                       Solution guidance) {
    public Solution {
        diagnostics = Map.copyOf(diagnostics);
    }

    public Solution(Endmembers endmembers, INDArray abundances, double[] lossHistory, Map<String, Object> diagnostics) {
        this(endmembers, abundances, lossHistory, diagnostics, null);
    }
}
