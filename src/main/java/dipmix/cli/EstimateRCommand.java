package dipmix.cli;

import dipmix.raster.SceneReader;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.hysime.HySime;
import dipmix.unmix.hysime.HySimeResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dipmix estimate-r <raster>}: HySime's estimate of the number of endmembers, with its eigenvalues. */
@Command(name = "estimate-r", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Estimate the number of endmembers with HySime; prints the estimate and the eigenvalue spectrum as JSON.")
final class EstimateRCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<raster>", description = "Input raster (anything GDAL opens).")
    private Path raster;

    @Override
    public Integer call() {
        SceneMatrix scene = SceneMatrix.from(SceneReader.read(raster));
        HySimeResult h = HySime.estimate(scene.y());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", raster.toString());
        json.put("r", h.r());
        json.put("eigenvalues", h.eigenvalues());
        json.put("signalPower", h.signalPower());
        json.put("noisePower", h.noisePower());
        spec.commandLine().getOut().println(Json.write(json));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
