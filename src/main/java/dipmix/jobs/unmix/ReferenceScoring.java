package dipmix.jobs.unmix;

import dipmix.cube.HyperCube;
import dipmix.raster.SceneReader;
import dipmix.unmix.Endmembers;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.metrics.MetricsReport;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scores a solution against ground truth: reference abundances (a raster on the same grid, one band per
 * material) and/or reference endmembers (a CSV), matched to the estimates by the Hungarian method.
 */
final class ReferenceScoring {
    private ReferenceScoring() {
    }

    static MetricsReport score(PreparedScene scene, Solution solution, UnmixRequest request) {
        SceneMatrix m = scene.matrix();
        INDArray aRef = request.reference() == null ? null : referenceAbundances(request.reference(), m,
                solution.endmembers().count());
        INDArray eRef = null;
        if (request.referenceEndmembers() != null) {
            Endmembers ref = LibraryEndmembers.load(request.referenceEndmembers(), scene.cube().bands(),
                    scene.cube().spectral().wavelengthsNm(), m.bandIndex());
            if (ref.count() != solution.endmembers().count()) {
                throw new IllegalArgumentException("reference endmembers " + request.referenceEndmembers() + " hold "
                        + ref.count() + " materials but the run found " + solution.endmembers().count());
            }
            eRef = ref.matrix().mul(scene.scale().factor());
        }
        return MetricsReport.compute(m.y(), solution.endmembers().matrix(), solution.abundances(), eRef, aRef,
                scene.clean());
    }

    /** The reference abundances at the scene's valid pixels, r x n. */
    private static INDArray referenceAbundances(Path path, SceneMatrix m, int r) {
        HyperCube ref = SceneReader.read(path);
        if (ref.width() != m.width() || ref.height() != m.height()) {
            throw new IllegalArgumentException("reference " + path + " is " + ref.width() + "x" + ref.height()
                    + " pixels but the scene is " + m.width() + "x" + m.height());
        }
        if (ref.bands() != r) {
            throw new IllegalArgumentException("reference " + path + " has " + ref.bands()
                    + " bands (materials) but the run found " + r + " endmembers");
        }
        int n = ref.pixels();
        int[] cols = m.pixelIndex();
        float[] out = new float[r * cols.length];
        float[] src = ref.data();
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < cols.length; j++) out[k * cols.length + j] = src[k * n + cols[j]];
        }
        return Nd4j.create(out, new long[]{r, cols.length}, 'c');
    }
}
