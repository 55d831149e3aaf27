package dipmix.unmix.dip;

import dipmix.unmix.HostCopy;
import dipmix.unmix.dip.train.Objective;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * UnDIP's loss: the mean squared error between Y and E A over the valid pixels, where A is the network
 * output on the whole grid. Invalid pixels are masked out of both the loss and its gradient; the mean is
 * over bands x valid pixels, as PyTorch's MSELoss on the valid part would give.
 * <p>
 * E is fixed, so everything is worked in the r-dimensional space with G = E^T E and B = E^T Y computed once:
 * ||E a - y||^2 = a^T (G a - B) - a^T B + ||y||^2 per pixel and dA = 2 / (p n) (G A - B). That replaces two
 * p x r x n products and a p x n residual per iteration by r x r x n work, done in one plain-Java pass in
 * double (the ND4J ops it replaced cost ~2 ms per iteration in op overheads at Jasper size, for 40 000 values),
 * so the expanded form loses nothing to cancellation.
 */
final class UndipLoss implements Objective {
    private final int r;
    private final int n;
    private final double[] gram;
    private final double[] projected;
    private final boolean[] valid;
    private final double yNorm2;
    private final double scale;

    /**
     * @param e p x r endmembers
     * @param yGrid p x (H*W) observations on the grid
     * @param mask 1 x (H*W) with 1 at valid pixels and 0 elsewhere, or null when all are valid
     * @param validPixels number of valid pixels
     */
    UndipLoss(INDArray e, INDArray yGrid, INDArray mask, long validPixels) {
        INDArray ed = e.castTo(DataType.DOUBLE);
        INDArray yd = yGrid.castTo(DataType.DOUBLE).dup('c');
        if (mask != null) yd.muliRowVector(mask.castTo(DataType.DOUBLE));
        this.r = (int) e.columns();
        this.n = (int) yGrid.columns();
        this.gram = ed.transpose().mmul(ed).dup('c').reshape(r * r).toDoubleVector();
        this.projected = ed.transpose().mmul(yd).dup('c').reshape((long) r * n).toDoubleVector();
        this.valid = new boolean[n];
        double[] m = mask == null ? null : mask.castTo(DataType.DOUBLE).dup('c').reshape(n).toDoubleVector();
        for (int j = 0; j < n; j++) valid[j] = m == null || m[j] != 0;
        double norm = yd.norm2Number().doubleValue();
        this.yNorm2 = norm * norm;
        this.scale = 1.0 / ((double) e.rows() * validPixels);
    }

    @Override
    public double evaluate(INDArray output, INDArray dOutput) {
        double[] grad = new double[r * n];
        double loss = pass(values(output), grad);
        HostCopy.assign(grad, dOutput);
        return loss;
    }

    /** The loss of {@code output} ([r, H, W] or r x H*W) without its gradient: to judge the averaged output. */
    double value(INDArray output) {
        return pass(values(output), null);
    }

    private double[] values(INDArray output) {
        if (output.length() != (long) r * n) {
            throw new IllegalArgumentException("output has " + output.length() + " values, expected " + r + " x " + n);
        }
        return HostCopy.values(output);
    }

    /**
     * Mean squared error of a (r x n, row-major) with the expansion of the class comment; fills
     * {@code grad} with 2 scale (G a - B) when it is not null (zero at invalid pixels).
     */
    private double pass(double[] a, double[] grad) {
        double sum = 0;
        double[] col = new double[r];
        for (int j = 0; j < n; j++) {
            if (!valid[j]) continue;
            for (int k = 0; k < r; k++) col[k] = a[k * n + j];
            for (int k = 0; k < r; k++) {
                double g = -projected[k * n + j];
                for (int l = 0; l < r; l++) g += gram[k * r + l] * col[l];
                sum += col[k] * (g - projected[k * n + j]);
                if (grad != null) grad[k * n + j] = 2 * scale * g;
            }
        }
        return Math.max(sum + yNorm2, 0.0) * scale;
    }
}
