package dipmix.jobs.unmix;

import dipmix.cube.HyperCube;
import dipmix.raster.SceneReader;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.scale.ScaleDecision;
import dipmix.unmix.scale.ScaleDetector;
import dipmix.unmix.synthetic.WhiteNoise;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads the input raster and turns it into the matrix the algorithms take: scaled, optionally noised. */
final class ScenePreparation {
    private ScenePreparation() {
    }

    static PreparedScene prepare(UnmixRequest request, INDArray libraryOrNull) {
        HyperCube cube = SceneReader.read(request.input());
        SceneMatrix raw = SceneMatrix.from(cube);
        ScaleDecision scale = decideScale(request.scale(), raw.y(), libraryOrNull);
        INDArray y = scale.changesData() ? scale.apply(raw.y()) : raw.y();
        INDArray clean = null;
        Double sigma = null;
        if (request.addNoiseSnr() != null) {
            clean = y;
            sigma = WhiteNoise.sigma(clean.mul(clean).meanNumber().doubleValue(), request.addNoiseSnr());
            y = WhiteNoise.add(clean, request.addNoiseSnr(), request.seed());
        }
        SceneMatrix matrix = new SceneMatrix(y, raw.width(), raw.height(), raw.pixelIndex(), raw.bandIndex(),
                raw.wavelengthsNm());
        return new PreparedScene(cube, matrix, clean, scale, sigma);
    }

    private static ScaleDecision decideScale(String option, INDArray y, INDArray library) {
        if ("none".equals(option)) return new ScaleDecision(1.0, "scene used as stored (--scale none)");
        if (!"auto".equals(option)) {
            double stored = Double.parseDouble(option);
            return new ScaleDecision(1.0 / stored, "scene divided by " + option + " as requested (--scale)");
        }
        return library == null ? ScaleDetector.forScene(y) : ScaleDetector.forSceneAndLibrary(y, library);
    }
}
