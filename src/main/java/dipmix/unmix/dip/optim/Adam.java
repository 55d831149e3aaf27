package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

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
        // libnd4j's fused adam_updater (one pass instead of ~13, 16 -> 2 ms per step at 1.26 M parameters)
        // applies eps outside its bias correction; scaling eps by sqrt(1 - beta2^t) gives PyTorch's rule.
        // It overwrites the gradient with the update and takes the 0-based iteration.
        Nd4j.exec(new AdamUpdater(grads, s.v, s.m, lr, beta1, beta2, eps * Math.sqrt(1 - Math.pow(beta2, t)),
                (int) (t - 1)));
        params.subi(grads);
    }

    @Override
    public long steps() { return t; }
}
