package dipmix.jobs.unmix;

import dipmix.cube.HyperCube;
import dipmix.raster.SceneReader;
import dipmix.unmix.SceneMatrix;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** An abundance raster (one band per material, on the scene's grid) as an r x n matrix over the valid pixels. */
final class AbundanceRaster {
    private AbundanceRaster() {
    }

    /**
     * @param role what the raster is for, named in errors ("reference", "guidance abundances")
     * @param r the number of materials the run has
     */
    static INDArray atValidPixels(Path path, SceneMatrix m, int r, String role) {
        HyperCube ref = SceneReader.read(path);
        if (ref.width() != m.width() || ref.height() != m.height()) {
            throw new IllegalArgumentException(role + " " + path + " is " + ref.width() + "x" + ref.height()
                    + " pixels but the scene is " + m.width() + "x" + m.height());
        }
        if (ref.bands() != r) {
            throw new IllegalArgumentException(role + " " + path + " has " + ref.bands()
                    + " bands (materials) but the run has " + r + " endmembers");
        }
        int n = ref.pixels();
        int[] cols = m.pixelIndex();
        float[] out = new float[r * cols.length];
        float[] src = ref.data();
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < cols.length; j++) {
                float v = src[k * n + cols[j]];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException(role + " " + path + " has no value at a valid scene pixel");
                }
                out[k * cols.length + j] = v;
            }
        }
        return Nd4j.create(out, new long[]{r, cols.length}, 'c');
    }
}
