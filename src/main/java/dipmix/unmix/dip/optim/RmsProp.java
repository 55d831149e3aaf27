package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** RMSProp as in PyTorch (no momentum, not centred): v = a v + (1 - a) g^2; p -= lr g / (sqrt(v) + eps). */
public final class RmsProp implements Optimizer {
    private final double lr;
    private final double alpha;
    private final double eps;
    private MomentBuffers s;
    private long t;

    public RmsProp(double lr, double alpha, double eps) {
        Rules.check(lr, 0, alpha, eps);
        this.lr = lr;
        this.alpha = alpha;
        this.eps = eps;
    }

    @Override
    public void step(INDArray params, INDArray grads) {
        if (s == null) s = new MomentBuffers(params);
        t++;
        s.accumulate(grads, Double.NaN, alpha);
        INDArray denom = s.denominator(1.0, eps);
        params.subi(s.a.assign(grads).divi(denom).muli(lr));
    }

    @Override
    public long steps() { return t; }
}
