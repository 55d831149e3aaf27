package dipmix.jobs.unmix;

import dipmix.cube.HyperCube;
import dipmix.unmix.SceneMatrix;
import dipmix.unmix.scale.ScaleDecision;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The scene as the algorithms see it.
 *
 * @param cube the raster as read (for its grid and georeferencing)
 * @param matrix good bands x valid pixels, after scaling and any added noise
 * @param clean the same before added noise, or null when no noise was added
 * @param scale what was done to the data's scale, and why
 * @param noiseSigma standard deviation of the added noise (in scaled units), or null
 */
public record PreparedScene(HyperCube cube, SceneMatrix matrix, INDArray clean, ScaleDecision scale, Double noiseSigma) {
}
