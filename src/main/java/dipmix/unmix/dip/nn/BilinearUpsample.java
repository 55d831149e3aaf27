package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bilinear upsampling by 2 with PyTorch's align_corners=False convention, written as two products with
 * fixed interpolation matrices because ND4J's resize ops have no gradient (GUIDE 4): output pixel o reads
 * source position o/2 - 1/4, i.e. weights 0.75 / 0.25 on the two nearest inputs, clamped at the edges.
 * Along W it is one matrix product over [C*H, W]; along H a batched product per channel.
 */
public final class BilinearUpsample implements Layer {
    private INDArray uw;
    private INDArray uhBatch;
    private INDArray t;
    private INDArray y;
    private INDArray dt;
    private INDArray dx;

    /** The (2n x n) interpolation matrix of one axis. */
    public static double[][] matrix(int n) {
        double[][] u = new double[2 * n][n];
        for (int o = 0; o < 2 * n; o++) {
            double src = Math.max(0.0, (o + 0.5) / 2 - 0.5);
            int i0 = (int) Math.floor(src);
            int i1 = Math.min(i0 + 1, n - 1);
            double f = src - i0;
            u[o][i0] += 1 - f;
            u[o][i1] += f;
        }
        return u;
    }

    @Override
    public long[] outputShape(long[] s) {
        return new long[]{s[0], 2 * s[1], 2 * s[2]};
    }

    @Override
    public INDArray forward(INDArray x) {
        int c = (int) x.size(0);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        prepare(x.dataType(), c, h, w);
        t = Shapes.buffer(t, x, (long) c * h, 2L * w);
        y = Shapes.buffer(y, x, c, 2L * h, 2L * w);
        Nd4j.gemm(Shapes.contiguous(x).reshape((long) c * h, w), uw, t, false, true, 1.0, 0.0);
        Nd4j.matmul(uhBatch, t.reshape(c, h, 2L * w), y, false, false, false);
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        int c = (int) uhBatch.size(0);
        int h = (int) uhBatch.size(2);
        int w = (int) uw.size(1);
        dt = Shapes.buffer(dt, dy, c, h, 2L * w);
        dx = Shapes.buffer(dx, dy, (long) c * h, w);
        Nd4j.matmul(uhBatch, Shapes.contiguous(dy), dt, true, false, false);
        Nd4j.gemm(dt.reshape((long) c * h, 2L * w), uw, dx, false, false, 1.0, 0.0);
        return dx.reshape(c, h, w);
    }

    private void prepare(DataType type, int c, int h, int w) {
        if (uw != null && uw.dataType() == type && uw.size(1) == w && uhBatch.size(0) == c && uhBatch.size(2) == h) return;
        uw = Nd4j.createFromArray(matrix(w)).castTo(type);
        INDArray uh = Nd4j.createFromArray(matrix(h)).castTo(type);
        // matmul has no broadcasting over the batch: repeat the H matrix once per channel (built once)
        uhBatch = Nd4j.create(type, c, 2L * h, h);
        for (int i = 0; i < c; i++) uhBatch.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(uh);
    }

    @Override
    public long workingElements(long[] s) {
        return 3 * Shapes.count(s) + 2 * Shapes.count(outputShape(s)) + s[0] * 2 * s[1] * s[1];
    }
}
