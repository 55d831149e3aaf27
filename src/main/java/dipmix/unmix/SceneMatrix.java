package dipmix.unmix;

import dipmix.cube.HyperCube;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The part of a scene that takes part in unmixing: Y as a p x n float matrix over the good bands and
 * the valid pixels, with what is needed to put results back on the raster grid.
 *
 * @param y good bands x valid pixels
 * @param width raster width
 * @param height raster height
 * @param pixelIndex for each column of y, its raster index (row * width + col), ascending
 * @param bandIndex for each row of y, its band index in the scene
 * @param wavelengthsNm wavelengths of the rows of y in nm, or null when unknown
 */
public record SceneMatrix(INDArray y, int width, int height, int[] pixelIndex, int[] bandIndex, double[] wavelengthsNm) {

    public SceneMatrix {
        if (y.rank() != 2 || y.rows() != bandIndex.length || y.columns() != pixelIndex.length) {
            throw new IllegalArgumentException("Y is " + java.util.Arrays.toString(y.shape()) + " for "
                    + bandIndex.length + " bands and " + pixelIndex.length + " pixels");
        }
    }

    /** Good bands x valid pixels of the cube, as float32. */
    public static SceneMatrix from(HyperCube cube) {
        int[] bands = cube.spectral().goodBandIndices();
        int[] pixels = cube.validPixelIndices();
        if (bands.length == 0) throw new IllegalArgumentException("the scene has no usable band");
        if (pixels.length == 0) throw new IllegalArgumentException("the scene has no valid pixel");
        int n = cube.pixels();
        float[] src = cube.data();
        float[] out = new float[bands.length * pixels.length];
        for (int bi = 0; bi < bands.length; bi++) {
            int base = bands[bi] * n;
            int row = bi * pixels.length;
            for (int j = 0; j < pixels.length; j++) out[row + j] = src[base + pixels[j]];
        }
        INDArray y = Nd4j.create(out, new long[]{bands.length, pixels.length}, 'c');
        double[] wl = cube.spectral().wavelengthsNm();
        double[] goodWl = null;
        if (wl != null) {
            goodWl = new double[bands.length];
            for (int bi = 0; bi < bands.length; bi++) goodWl[bi] = wl[bands[bi]];
        }
        return new SceneMatrix(y, cube.width(), cube.height(), pixels, bands, goodWl);
    }

    public int bands() { return (int) y.rows(); }

    /** The rows' wavelengths in nm, or their 1-based band numbers when the scene has no wavelengths (for CSVs and plots). */
    public double[] wavelengthsOrBandNumbers() {
        return wavelengthsNm != null ? wavelengthsNm.clone()
                : java.util.Arrays.stream(bandIndex).mapToDouble(b -> b + 1).toArray();
    }

    public int pixels() { return (int) y.columns(); }

    /** True when every raster pixel is valid, so columns map one to one onto the grid. */
    public boolean isComplete() { return pixelIndex.length == width * height; }

    /**
     * Spreads an r x n matrix of per-pixel values over the raster grid: band-sequential r x (width*height),
     * with {@code fill} on the pixels that did not take part.
     */
    public float[] toGrid(INDArray perPixel, float fill) {
        int r = (int) perPixel.rows();
        int n = width * height;
        float[] grid = new float[r * n];
        java.util.Arrays.fill(grid, fill);
        float[] v = perPixel.castTo(DataType.FLOAT).dup('c').data().asFloat();
        int m = pixelIndex.length;
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < m; j++) grid[k * n + pixelIndex[j]] = v[k * m + j];
        }
        return grid;
    }
}
