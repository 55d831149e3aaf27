package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Adam as in PyTorch: p -= lr / (1 - b1^t) * m / (sqrt(v / (1 - b2^t)) + eps). */
public final class Adam implements Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private MomentBuffers s;
    private long t;

    public Adam(double lr, double beta1, double beta2, double eps) {
        Rules.check(lr, beta1, beta2, eps);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    public void step(INDArray params, INDArray grads) {
        if (s == null) s = new MomentBuffers(params);
        t++;
        s.accumulate(grads, beta1, beta2);
        INDArray denom = s.denominator(1 - Math.pow(beta2, t), eps);
        params.subi(s.a.assign(s.m).divi(denom).muli(lr / (1 - Math.pow(beta1, t))));
    }

    @Override
    public long steps() { return t; }
}
