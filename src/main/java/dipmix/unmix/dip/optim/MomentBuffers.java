package dipmix.unmix.dip.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * First and second moment estimates plus two scratch vectors, all shaped like the parameters: the state
 * Adam-type rules share. Updates are in place, with no per-step allocation.
 */
final class MomentBuffers {
    final INDArray m;
    final INDArray v;
    final INDArray a;
    final INDArray b;

    MomentBuffers(INDArray like) {
        m = Nd4j.zerosLike(like);
        v = Nd4j.zerosLike(like);
        a = Nd4j.zerosLike(like);
        b = Nd4j.zerosLike(like);
    }

    /** m = beta1 m + (1 - beta1) g (skipped when beta1 is NaN) and v = beta2 v + (1 - beta2) g^2. */
    void accumulate(INDArray g, double beta1, double beta2) {
        if (!Double.isNaN(beta1)) m.muli(beta1).addi(a.assign(g).muli(1 - beta1));
        v.muli(beta2).addi(a.assign(g).muli(g).muli(1 - beta2));
    }

    /** b = sqrt(v / vScale) + eps: the denominator of every rule here. */
    INDArray denominator(double vScale, double eps) {
        b.assign(v).divi(vScale);
        Transforms.sqrt(b, false);
        return b.addi(eps);
    }
}
