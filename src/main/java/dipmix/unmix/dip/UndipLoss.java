package dipmix.unmix.dip;

import dipmix.unmix.dip.train.Objective;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * UnDIP's loss: the mean squared error between Y and E A over the valid pixels, where A is the network
 * output on the whole grid. Invalid pixels are masked out of both the loss and its gradient; the mean is
 * over bands x valid pixels, as PyTorch's MSELoss on the valid part would give.
 * <p>
 * E is fixed, so everything is worked in the r-dimensional space with G = E^T E and B = E^T Y computed once:
 * ||E a - y||^2 = a^T (G a - B) - a^T B + ||y||^2 per pixel and dA = 2 / (p n) (G A - B). That replaces two
 * p x r x n products and a p x n residual per iteration by r x r x n work (8 -> ~1 ms at Jasper size).
 * These small products run in double, so the expanded form loses nothing to cancellation.
 */
final class UndipLoss implements Objective {
    private final INDArray gram;
    private final INDArray projected;
    private final INDArray mask;
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
        this.gram = ed.transpose().mmul(ed);
        this.projected = ed.transpose().mmul(yd);
        this.mask = mask == null ? null : mask.castTo(DataType.DOUBLE);
        double norm = yd.norm2Number().doubleValue();
        this.yNorm2 = norm * norm;
        this.scale = 1.0 / ((double) e.rows() * validPixels);
    }

    @Override
    public double evaluate(INDArray output, INDArray dOutput) {
        INDArray a = masked(output);
        INDArray residual = gram.mmul(a).subi(projected);
        double loss = lossOf(a, residual);
        dOutput.reshape(gram.rows(), projected.columns()).assign(residual.muli(2 * scale));
        return loss;
    }

    /** The loss of {@code output} ([r, H, W] or r x H*W) without its gradient: to judge the averaged output. */
    double value(INDArray output) {
        INDArray a = masked(output);
        return lossOf(a, gram.mmul(a).subi(projected));
    }

    /** The output as a float64 r x H*W copy with invalid pixels zeroed (a copy, so the output stays as it is). */
    private INDArray masked(INDArray output) {
        INDArray a = output.reshape(gram.rows(), projected.columns()).castTo(DataType.DOUBLE).dup('c');
        if (mask != null) a.muliRowVector(mask);
        return a;
    }

    /** Mean squared error from a and G a - B, with the expansion of the class comment. */
    private double lossOf(INDArray a, INDArray residual) {
        double sum = a.mul(residual.sub(projected)).sumNumber().doubleValue() + yNorm2;
        return Math.max(sum, 0.0) * scale;
    }
}
