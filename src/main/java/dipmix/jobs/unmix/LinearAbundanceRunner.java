package dipmix.jobs.unmix;

import dipmix.unmix.Monitor;
import dipmix.unmix.abundance.EstimatorKind;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/** FCLSU, NNLS or unconstrained least squares with fixed endmembers. */
final class LinearAbundanceRunner implements MethodRunner {
    private final Method method;

    LinearAbundanceRunner(Method method) {
        this.method = method;
    }

    @Override
    public Solution solve(PreparedScene scene, EndmemberChoice start, UnmixRequest request, Monitor monitor) {
        monitor.stage("estimating abundances (" + method.id() + ")");
        INDArray a = EstimatorKind.parse(method.id()).create().estimate(scene.matrix().y(), start.endmembers().matrix());
        return new Solution(start.endmembers(), a, null, Map.of());
    }
}
