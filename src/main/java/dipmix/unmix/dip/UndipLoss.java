package dipmix.unmix.dip;

import dipmix.unmix.dip.train.Objective;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * UnDIP's loss: the mean squared error between Y and E A over the valid pixels, where A is the network
 * output on the whole grid. Invalid pixels are masked out of both the loss and its gradient; the mean is
 * over bands x valid pixels, as PyTorch's MSELoss on the valid part would give. Gradient:
 * dA = 2 / (p n) E^T ((E A - Y) masked).
 */
final class UndipLoss implements Objective {
    private final INDArray e;
    private final INDArray yGrid;
    private final INDArray mask;
    private final double scale;
    private final INDArray residual;

    /**
     * @param e p x r endmembers
     * @param yGrid p x (H*W) observations on the grid, zero where invalid
     * @param mask 1 x (H*W) with 1 at valid pixels and 0 elsewhere, or null when all are valid
     * @param validPixels number of valid pixels
     */
    UndipLoss(INDArray e, INDArray yGrid, INDArray mask, long validPixels) {
        this.e = e;
        this.yGrid = yGrid;
        this.mask = mask;
        this.scale = 1.0 / ((double) e.rows() * validPixels);
        this.residual = Nd4j.create(yGrid.dataType(), yGrid.shape(), 'c');
    }

    @Override
    public double evaluate(INDArray output, INDArray dOutput) {
        long r = e.columns();
        INDArray a = output.reshape(r, yGrid.columns());
        Nd4j.gemm(e, a, residual, false, false, 1.0, 0.0);
        residual.subi(yGrid);
        if (mask != null) residual.muliRowVector(mask);
        double norm = residual.norm2Number().doubleValue();
        Nd4j.gemm(e, residual, dOutput.reshape(r, yGrid.columns()), true, false, 2 * scale, 0.0);
        return norm * norm * scale;
    }
}
