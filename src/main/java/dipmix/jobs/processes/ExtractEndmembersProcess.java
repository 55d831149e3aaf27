package dipmix.jobs.processes;

import dipmix.jobs.InputDescription;
import dipmix.jobs.JobContext;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.OutputFile;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.ProcessRunner;
import dipmix.jobs.Schemas;
import dipmix.jobs.unmix.EndmemberChoice;
import dipmix.jobs.unmix.EndmemberSelection;
import dipmix.jobs.unmix.UnmixRequest;
import dipmix.cube.HyperCube;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.raster.SceneReader;
import dipmix.style.EndmemberPlot;
import dipmix.unmix.SceneMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code extract-endmembers} process: endmember spectra (CSV and plot) and the pixels they came from. */
public final class ExtractEndmembersProcess {
    private ExtractEndmembersProcess() {
    }

    public static ProcessDefinition definition() {
        return new ProcessDefinition("extract-endmembers", "Extract endmembers",
                "Endmember spectra found among the scene's pixels (SiVM, VCA or N-FINDR)", "1.0.0",
                EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.required("input", "Scene", "Hyperspectral raster href", Schemas.file("image/tiff")).byReference(),
                        InputDescription.optional("endmembers", "Number of endmembers", "Absent: estimated by HySime",
                                Schemas.integer(1, 100)),
                        InputDescription.optional("extractor", "Extractor", "Endmember extractor",
                                Schemas.stringEnum("sivm", "vca", "nfindr").put("default", "sivm")),
                        InputDescription.optional("seed", "Seed", "Seed for randomised extractors",
                                Schemas.integer(Long.MIN_VALUE, Long.MAX_VALUE).put("default", 1))),
                List.of(new OutputDescription("endmembers", "Endmembers", "Endmember spectra CSV", Schemas.file("text/csv")),
                        new OutputDescription("plot", "Plot", "Endmember spectra plot", Schemas.file("image/png")),
                        new OutputDescription("pixels", "Pixels", "Raster positions [column, row] of the chosen pixels",
                                Schemas.object())));
    }

    public static ProcessRunner runner() {
        return ExtractEndmembersProcess::run;
    }

    private static Map<String, Object> run(JobContext ctx, Map<String, Object> in) throws Exception {
        Path input = JobInputs.raster(ctx, in.get("input"));
        ctx.monitor().stage("reading " + input.getFileName());
        HyperCube cube = SceneReader.read(input);
        SceneMatrix scene = SceneMatrix.from(cube);
        UnmixRequest request = new UnmixRequest().input(input).output(ctx.workDir().resolve("unused.tif"))
                .extractor((String) in.get("extractor")).seed((Long) in.get("seed"))
                .endmemberCount(in.get("endmembers") == null ? null : ((Long) in.get("endmembers")).intValue());
        EndmemberChoice choice = EndmemberSelection.choose(request, null, scene, ctx.monitor());
        Path dir = Files.createDirectories(ctx.workDir().resolve("out"));
        double[] wl = scene.wavelengthsOrBandNumbers();
        Path csv = dir.resolve("endmembers.csv");
        EndmemberCsv.write(csv, EndmemberTable.of(choice.endmembers(), wl));
        Path png = EndmemberPlot.write(dir.resolve("endmembers.png"), choice.endmembers().matrix(),
                choice.endmembers().names(), scene.wavelengthsNm(), null, 1000, 600);
        Map<String, Object> pixels = new LinkedHashMap<>();
        for (int k = 0; k < choice.pixels().length; k++) {
            int raster = scene.pixelIndex()[choice.pixels()[k]];
            pixels.put(choice.endmembers().names().get(k), List.of(raster % cube.width(), raster / cube.width()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("endmembers", new OutputFile("out/endmembers.csv", "text/csv"));
        out.put("plot", new OutputFile(ctx.workDir().relativize(png).toString(), "image/png"));
        out.put("pixels", pixels);
        return out;
    }
}
