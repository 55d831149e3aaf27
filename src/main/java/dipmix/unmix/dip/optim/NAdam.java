package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * NAdam as in PyTorch (momentum decay psi = 4e-3): mu_t = b1 (1 - 0.5 * 0.96^(t psi)); with
 * denom = sqrt(v / (1 - b2^t)) + eps, p -= lr (1 - mu_t) / (1 - prod mu) g / denom
 * + lr mu_{t+1} / (1 - prod mu * mu_{t+1}) m / denom.
 */
public final class NAdam implements Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double momentumDecay;
    private MomentBuffers s;
    private long t;
    private double muProduct = 1.0;

    public NAdam(double lr, double beta1, double beta2, double eps, double momentumDecay) {
        Rules.check(lr, beta1, beta2, eps);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.momentumDecay = momentumDecay;
    }

    @Override
    public void step(INDArray params, INDArray grads) {
        if (s == null) s = new MomentBuffers(params);
        t++;
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
        muProduct *= mu;
        s.accumulate(grads, beta1, beta2);
        INDArray denom = s.denominator(1 - Math.pow(beta2, t), eps);
        params.subi(s.a.assign(grads).divi(denom).muli(lr * (1 - mu) / (1 - muProduct)));
        params.subi(s.a.assign(s.m).divi(denom).muli(lr * muNext / (1 - muProduct * muNext)));
    }

    @Override
    public long steps() { return t; }
}
