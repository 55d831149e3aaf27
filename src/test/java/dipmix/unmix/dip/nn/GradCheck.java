package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finite-difference check of a layer's hand-written backward pass in float64: the scalar loss is
 * sum(G * layer(x)) for a fixed random G, so its gradient with respect to the output is G. Central
 * differences with step 1e-5 on sampled entries of the input and of every parameter must match the
 * analytical gradients to a relative error of 1e-6 (relative to at least 0.01: below that, the rounding
 * error of the differenced loss dominates).
 */
public final class GradCheck {
    private static final double STEP = 1e-5;
    private final SplittableRandom random = new SplittableRandom(7);

    public static INDArray random(long seed, long... shape) {
        SplittableRandom r = new SplittableRandom(seed);
        INDArray a = Nd4j.create(DataType.DOUBLE, shape, 'c');
        for (long i = 0; i < a.length(); i++) a.putScalar(i, r.nextDouble() * 2 - 1);
        return a;
    }

    /** Checks input and parameter gradients of {@code layer} at {@code x}; {@code params} may be null. */
    public void check(Layer layer, Params params, INDArray x, int samples) {
        INDArray g = random(11, layer.outputShape(x.shape()));
        layer.forward(x);
        INDArray dx = layer.backward(g.dup()).dup();
        INDArray dp = params == null ? null : params.grads().dup();
        for (long i : sample(x.length(), samples)) {
            compare("input[" + i + "]", dx.getDouble(i), numeric(layer, x, x, i, g));
        }
        if (params != null) {
            INDArray flat = params.values();
            for (long i : sample(flat.length(), samples)) {
                compare("param[" + i + "]", dp.getDouble(i), numeric(layer, x, flat, i, g));
            }
        }
    }

    private long[] sample(long n, int samples) {
        if (n <= samples) return java.util.stream.LongStream.range(0, n).toArray();
        long[] s = new long[samples];
        for (int i = 0; i < samples; i++) s[i] = random.nextLong(n);
        return s;
    }

    private static double numeric(Layer layer, INDArray x, INDArray target, long i, INDArray g) {
        double orig = target.getDouble(i);
        target.putScalar(i, orig + STEP);
        double up = g.mul(layer.forward(x)).sumNumber().doubleValue();
        target.putScalar(i, orig - STEP);
        double down = g.mul(layer.forward(x)).sumNumber().doubleValue();
        target.putScalar(i, orig);
        return (up - down) / (2 * STEP);
    }

    private static void compare(String what, double analytic, double numeric) {
        double scale = Math.max(1e-2, Math.abs(analytic) + Math.abs(numeric));
        assertThat(Math.abs(analytic - numeric) / scale).as(what + ": analytic " + analytic + " numeric " + numeric)
                .isLessThan(1e-6);
    }
}
