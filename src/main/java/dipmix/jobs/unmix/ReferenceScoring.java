package dipmix.jobs.unmix;

import dipmix.unmix.Endmembers;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.metrics.MetricsReport;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scores a solution against ground truth: reference abundances (a raster on the same grid, one band per
 * material) and/or reference endmembers (a CSV), matched to the estimates by the Hungarian method.
 */
final class ReferenceScoring {
    private ReferenceScoring() {
    }

    static MetricsReport score(PreparedScene scene, Solution solution, UnmixRequest request) {
        SceneMatrix m = scene.matrix();
        INDArray aRef = request.reference() == null ? null
                : AbundanceRaster.atValidPixels(request.reference(), m, solution.endmembers().count(), "reference");
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
}
