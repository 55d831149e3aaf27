package dipmix.jobs.unmix;

import dipmix.raster.AbundanceWriter;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.style.AbundanceQuicklook;
import dipmix.style.AbundanceStyleFiles;
import dipmix.style.ClassStyleFiles;
import dipmix.style.EndmemberPlot;
import dipmix.style.LossCurvePlot;
import dipmix.unmix.SceneMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes a run's data products beside the abundance GeoTIFF: the GeoTIFF, the endmember CSV, styles, plots and
 * the optional residual and class rasters. Remembers every file it wrote so a failed run can remove them all.
 */
final class OutputWriter {
    private final OutputPaths paths;
    private final Map<String, Path> written = new LinkedHashMap<>();

    OutputWriter(OutputPaths paths) {
        this.paths = paths;
    }

    Map<String, Path> written() {
        return written;
    }

    void writeAll(PreparedScene scene, Solution solution, UnmixRequest request, Map<String, String> provenance) {
        SceneMatrix m = scene.matrix();
        List<String> names = solution.endmembers().names();
        float[] grid = m.toGrid(solution.abundances(), AbundanceWriter.NODATA);
        AbundanceWriter.write(paths.abundances(), grid, m.width(), m.height(), names, scene.cube().geo(), provenance,
                request.cog());
        written.put("abundances", paths.abundances());

        double[] wl = m.wavelengthsOrBandNumbers();
        // endmembers go back to the data's own scale so the CSV compares with the input
        INDArray e = solution.endmembers().matrix().div(scene.scale().factor());
        EndmemberCsv.write(paths.endmembersCsv(), EndmemberTable.of(
                new dipmix.unmix.Endmembers(e, names), wl));
        written.put("endmembers", paths.endmembersCsv());
        try {
            writeStyles(names, request);
            writePlots(scene, solution, e, grid);
            if (request.residual()) writeResidual(scene, solution, provenance);
            if (request.classes()) {
                written.put("classes", paths.classes());
                ClassStyleFiles.write(paths.classes(), grid, m.width(), m.height(), scene.cube().geo(), names);
                written.put("classesStyle", dipmix.style.StylePaths.beside(paths.classes(), ".qml"));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the side files of " + paths.abundances() + ": " + ex.getMessage(), ex);
        }
    }

    private void writeStyles(List<String> names, UnmixRequest request) throws IOException {
        AbundanceStyleFiles.Written styles = AbundanceStyleFiles.write(paths.abundances(), names, null);
        written.put("style", styles.defaultQml());
        written.put("sld", styles.sld());
        for (int k = 0; k < styles.materialQmls().size(); k++) {
            written.put("style:" + names.get(k), styles.materialQmls().get(k));
            written.put("sld:" + names.get(k), styles.materialSlds().get(k));
        }
    }

    private void writePlots(PreparedScene scene, Solution solution, INDArray e, float[] grid) throws IOException {
        SceneMatrix m = scene.matrix();
        int p = scene.cube().bands();
        // the plot spans every band of the scene; bad bands stay empty (gaps)
        double[][] full = new double[p][solution.endmembers().count()];
        for (double[] row : full) java.util.Arrays.fill(row, Double.NaN);
        for (int i = 0; i < m.bandIndex().length; i++) {
            for (int k = 0; k < full[0].length; k++) full[m.bandIndex()[i]][k] = e.getDouble(i, k);
        }
        double[] wlAll = scene.cube().spectral().wavelengthsNm();
        boolean[] bad = scene.cube().spectral().badBands();
        EndmemberPlot.write(paths.endmemberPlot(), full, solution.endmembers().names(), wlAll, bad, 1000, 600);
        written.put("plot", paths.endmemberPlot());
        AbundanceQuicklook.write(paths.quicklook(), grid, m.width(), m.height(), solution.endmembers().names());
        written.put("quicklook", paths.quicklook());
        if (solution.lossHistory() != null && solution.lossHistory().length > 0) {
            LossCurvePlot.write(paths.lossPlot(), solution.lossHistory(), "training loss", 900, 500);
            written.put("loss", paths.lossPlot());
        }
    }

    private void writeResidual(PreparedScene scene, Solution solution, Map<String, String> provenance) {
        SceneMatrix m = scene.matrix();
        INDArray diff = m.y().sub(solution.endmembers().matrix().mmul(solution.abundances()));
        INDArray rmse = org.nd4j.linalg.ops.transforms.Transforms.sqrt(diff.muli(diff).mean(0), false)
                .reshape(1, m.pixels());
        float[] grid = m.toGrid(rmse, AbundanceWriter.NODATA);
        AbundanceWriter.write(paths.residual(), grid, m.width(), m.height(), List.of("reconstruction_rmse"),
                scene.cube().geo(), provenance, false);
        written.put("residual", paths.residual());
    }
}
