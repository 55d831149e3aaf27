package dipmix.unmix.dip.optim;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each optimiser against a scalar re-statement of PyTorch's documented update rule over 6 steps with
 * changing gradients (g = 2 p - 1 + 0.3 sin(t), i.e. a shifting quadratic), in float64.
 */
class OptimizerTest {
    private static final double[] START = {0.5, -1.2, 3.0, 0.0, 1e-3};

    private static double grad(double p, int t) {
        return 2 * p - 1 + 0.3 * Math.sin(t);
    }

    private static double[] run(Optimizer o, int steps) {
        INDArray p = Nd4j.createFromArray(START).castTo(DataType.DOUBLE).reshape(1, START.length);
        for (int t = 1; t <= steps; t++) {
            INDArray g = p.dup();
            for (int i = 0; i < START.length; i++) g.putScalar(i, grad(p.getDouble(i), t));
            o.step(p, g);
        }
        return p.data().asDouble();
    }

    @Test
    void adamFollowsPyTorchsRule() {
        double lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double[] expected = START.clone();
        for (int i = 0; i < expected.length; i++) {
            double p = expected[i], m = 0, v = 0;
            for (int t = 1; t <= 6; t++) {
                double g = grad(p, t);
                m = b1 * m + (1 - b1) * g;
                v = b2 * v + (1 - b2) * g * g;
                double mh = m / (1 - Math.pow(b1, t));
                double vh = v / (1 - Math.pow(b2, t));
                p -= lr * mh / (Math.sqrt(vh) + eps);
            }
            expected[i] = p;
        }
        assertThat(run(OptimizerKind.ADAM.create(lr), 6)).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void nadamFollowsPyTorchsRule() {
        double lr = 0.01, b1 = 0.9, b2 = 0.999, eps = 1e-8, psi = 4e-3;
        double[] expected = START.clone();
        for (int i = 0; i < expected.length; i++) {
            double p = expected[i], m = 0, v = 0, prod = 1;
            for (int t = 1; t <= 6; t++) {
                double g = grad(p, t);
                double mu = b1 * (1 - 0.5 * Math.pow(0.96, t * psi));
                double mu1 = b1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
                prod *= mu;
                m = b1 * m + (1 - b1) * g;
                v = b2 * v + (1 - b2) * g * g;
                double denom = Math.sqrt(v / (1 - Math.pow(b2, t))) + eps;
                p -= lr * (1 - mu) / (1 - prod) * g / denom + lr * mu1 / (1 - prod * mu1) * m / denom;
            }
            expected[i] = p;
        }
        assertThat(run(OptimizerKind.NADAM.create(lr), 6)).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void rmspropFollowsPyTorchsRule() {
        double lr = 0.01, alpha = 0.99, eps = 1e-8;
        double[] expected = START.clone();
        for (int i = 0; i < expected.length; i++) {
            double p = expected[i], v = 0;
            for (int t = 1; t <= 6; t++) {
                double g = grad(p, t);
                v = alpha * v + (1 - alpha) * g * g;
                p -= lr * g / (Math.sqrt(v) + eps);
            }
            expected[i] = p;
        }
        assertThat(run(OptimizerKind.RMSPROP.create(lr), 6)).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyOptimiserMinimisesAQuadratic() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            double[] p = run(kind.create(0.05), 400);
            for (double v : p) assertThat(Math.abs(v - 0.5)).as(kind.name()).isLessThan(0.2);
        }
    }

    @Test
    void rejectsANonPositiveLearningRate() {
        assertThatThrownBy(() -> OptimizerKind.ADAM.create(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learning rate");
    }
}
