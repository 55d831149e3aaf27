package dipmix.unmix.dip.buddip;

import dipmix.unmix.SceneMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves per-pixel matrices between the scene's valid pixels (columns of Y) and the full raster grid the
 * networks run on: rows x nValid to rows x (W*H) with zeros at invalid pixels, and back. Float32.
 */
final class ValidGrid {
    private final SceneMatrix scene;

    ValidGrid(SceneMatrix scene) {
        this.scene = scene;
    }

    /** rows x nValid to rows x (W*H), zero where invalid; a float32 copy even when the scene is complete. */
    INDArray spread(INDArray perPixel) {
        if (scene.isComplete()) return perPixel.castTo(DataType.FLOAT).dup('c');
        int rows = (int) perPixel.rows();
        return Nd4j.create(scene.toGrid(perPixel, 0f), new long[]{rows, (long) scene.width() * scene.height()}, 'c');
    }

    /** rows x (W*H) back to rows x nValid, a float32 copy. */
    INDArray gather(INDArray onGrid) {
        if (scene.isComplete()) return onGrid.castTo(DataType.FLOAT).dup('c');
        int rows = (int) onGrid.rows();
        int n = (int) onGrid.columns();
        int[] idx = scene.pixelIndex();
        float[] src = onGrid.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] out = new float[rows * idx.length];
        for (int k = 0; k < rows; k++) {
            for (int j = 0; j < idx.length; j++) out[k * idx.length + j] = src[k * n + idx[j]];
        }
        return Nd4j.create(out, new long[]{rows, idx.length}, 'c');
    }

    /** 1 x (W*H) with 1 at valid pixels, or null when all are valid (nothing to mask). */
    INDArray mask() {
        if (scene.isComplete()) return null;
        float[] m = new float[scene.width() * scene.height()];
        for (int j : scene.pixelIndex()) m[j] = 1f;
        return Nd4j.create(m, new long[]{1, m.length}, 'c');
    }
}
