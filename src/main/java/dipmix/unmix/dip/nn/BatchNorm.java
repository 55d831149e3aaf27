package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation over the pixels of the single image, always with the statistics of the current
 * input (PyTorch BatchNorm2d in training mode at batch 1, eps 1e-5, biased variance): UnDIP never
 * switches to running statistics. Sums are matrix products with a ones column (much faster than ND4J's
 * reductions, GUIDE 4); the variance is taken from the centred values for accuracy. Backward uses the
 * closed form dx = gamma rstd / M (M dy - sum dy - xhat sum(dy xhat)).
 */
public final class BatchNorm implements Layer {
    static final double EPS = 1e-5;
    private final int channels;
    private final Params.Param gamma;
    private final Params.Param beta;
    private INDArray xhat;
    private INDArray rstd;
    private INDArray mean;
    private INDArray y;
    private INDArray dx;
    private INDArray sq;
    private INDArray ones;
    private INDArray dgammaTmp;

    public BatchNorm(Params params, int channels) {
        if (channels < 1) throw new IllegalArgumentException("batch norm over " + channels + " channels");
        this.channels = channels;
        this.gamma = params.add(new long[]{channels}, Init.constant(channels, 1.0));
        this.beta = params.add(new long[]{channels}, Init.constant(channels, 0.0));
    }

    public Params.Param gamma() { return gamma; }

    public Params.Param beta() { return beta; }

    @Override
    public long[] outputShape(long[] s) {
        return s.clone();
    }

    @Override
    public INDArray forward(INDArray x) {
        Shapes.requireChw(x, channels, "batch norm");
        long m = x.size(1) * x.size(2);
        INDArray x2 = x.reshape(channels, m);
        ones = Shapes.ones(ones, x, m);
        mean = Shapes.buffer(mean, x, channels, 1);
        rstd = Shapes.buffer(rstd, x, channels, 1);
        xhat = Shapes.buffer(xhat, x, channels, m);
        sq = Shapes.buffer(sq, x, channels, m);
        y = Shapes.buffer(y, x, channels, m);
        Nd4j.gemm(x2, ones, mean, false, false, 1.0 / m, 0.0);
        xhat.assign(x2).subiColumnVector(mean);
        Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.impl.transforms.same.Square(xhat, sq));
        Nd4j.gemm(sq, ones, rstd, false, false, 1.0 / m, 0.0);
        rstd.addi(EPS);
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.transforms.floating.RSqrt(rstd, rstd));
        xhat.muliColumnVector(rstd);
        y.assign(xhat).muliColumnVector(gamma.value().reshape(channels, 1))
                .addiColumnVector(beta.value().reshape(channels, 1));
        return y.reshape(channels, x.size(1), x.size(2));
    }

    @Override
    public INDArray backward(INDArray dy) {
        long m = xhat.size(1);
        INDArray dy2 = Shapes.contiguous(dy).reshape(channels, m);
        INDArray dbeta = beta.grad().reshape(channels, 1);
        INDArray dgamma = gamma.grad().reshape(channels, 1);
        Nd4j.gemm(dy2, ones, dbeta, false, false, 1.0, 0.0);
        sq.assign(dy2).muli(xhat);
        Nd4j.gemm(sq, ones, dgamma, false, false, 1.0, 0.0);
        dgammaTmp = Shapes.buffer(dgammaTmp, dy2, channels, 1);
        dx = Shapes.buffer(dx, dy2, channels, m);
        // dx = (gamma rstd) * (dy - dbeta/m - xhat * dgamma/m)
        dx.assign(xhat).muliColumnVector(dgammaTmp.assign(dgamma).muli(-1.0 / m));
        dx.addi(dy2).addiColumnVector(dgammaTmp.assign(dbeta).muli(-1.0 / m));
        dx.muliColumnVector(dgammaTmp.assign(gamma.value().reshape(channels, 1)).muli(rstd));
        return dx.reshape(channels, dy.size(1), dy.size(2));
    }

    @Override
    public long workingElements(long[] s) {
        return 6 * Shapes.count(s);
    }
}
