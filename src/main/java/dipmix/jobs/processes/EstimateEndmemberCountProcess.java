package dipmix.jobs.processes;

import dipmix.jobs.InputDescription;
import dipmix.jobs.JobContext;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.ProcessRunner;
import dipmix.jobs.Schemas;
import dipmix.raster.SceneReader;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.hysime.HySime;
import dipmix.unmix.hysime.HySimeResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code estimate-endmember-count} process: HySime's estimate of r and its eigenvalue spectrum. */
public final class EstimateEndmemberCountProcess {
    private EstimateEndmemberCountProcess() {
    }

    public static ProcessDefinition definition() {
        return new ProcessDefinition("estimate-endmember-count", "Estimate the number of endmembers",
                "HySime signal-subspace estimate of how many materials the scene holds", "1.0.0",
                EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.required("input", "Scene", "Hyperspectral raster href", Schemas.file("image/tiff")).byReference()),
                List.of(new OutputDescription("r", "Endmembers", "Estimated number of endmembers", Schemas.integer(1, Integer.MAX_VALUE)),
                        new OutputDescription("eigenvalues", "Eigenvalues", "Signal eigenvalue spectrum, descending", Schemas.object())));
    }

    public static ProcessRunner runner() {
        return EstimateEndmemberCountProcess::run;
    }

    private static Map<String, Object> run(JobContext ctx, Map<String, Object> in) throws Exception {
        Path input = JobInputs.raster(ctx, in.get("input"));
        ctx.monitor().stage("estimating the number of endmembers (HySime)");
        HySimeResult h = HySime.estimate(SceneMatrix.from(SceneReader.read(input)).y());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("r", (long) h.r());
        out.put("eigenvalues", Arrays.stream(h.eigenvalues()).boxed().toList());
        return out;
    }
}
