package dipmix.unmix.dip.train;

import dipmix.unmix.Monitor;
import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.optim.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * The Deep-Image-Prior training loop, independent of the loss: each iteration checks for cancellation,
 * runs the network on the fixed input, evaluates the objective, back-propagates, updates the parameters,
 * folds the output into the exponential average, reports (iteration, loss) to the monitor and, if asked,
 * applies the early-stop rule. All buffers are allocated in the first iteration and reused.
 */
public final class Trainer {
    private final Network network;
    private final Optimizer optimizer;
    private final double averagingWeight;
    private final EarlyStop earlyStop;

    /** {@code earlyStop} may be null (run all iterations). */
    public Trainer(Network network, Optimizer optimizer, double averagingWeight, EarlyStop earlyStop) {
        this.network = network;
        this.optimizer = optimizer;
        this.averagingWeight = averagingWeight;
        this.earlyStop = earlyStop;
    }

    /** Trains for up to {@code iterations} on input {@code z}; throws CancelledException when the monitor asks. */
    public TrainingRun run(INDArray z, Objective objective, int iterations, Monitor monitor) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        ExponentialAverage average = new ExponentialAverage(averagingWeight);
        double[] losses = new double[iterations];
        INDArray dOut = null;
        boolean stopped = false;
        int done = 0;
        long start = System.nanoTime();
        while (done < iterations && !stopped) {
            monitor.checkCancelled();
            INDArray out = network.forward(z);
            if (dOut == null) dOut = Nd4j.create(out.dataType(), out.shape(), 'c');
            double loss = objective.evaluate(out, dOut);
            average.update(out);
            network.backward(dOut);
            optimizer.step(network.params().values(), network.params().grads());
            losses[done++] = loss;
            monitor.iteration(done, iterations, loss);
            stopped = earlyStop != null && earlyStop.shouldStop(done, average.value());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TrainingRun(average.value(), Arrays.copyOf(losses, done), stopped, seconds);
    }
}
