package dipmix.unmix.dip.train;

import dipmix.unmix.Monitor;
import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.optim.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Deep-Image-Prior training loop, independent of the loss and of how many networks are trained
 * together: each iteration checks for cancellation, runs every network on its fixed input, evaluates the
 * objective on all outputs, back-propagates each network, updates its parameters with its own optimiser,
 * folds each output into its exponential average, reports (iteration, loss) to the monitor and, if asked,
 * applies the early-stop rule to the first network's average. All large buffers are allocated in the first
 * iteration and reused.
 *
 * <p>Memory: every ND4J array, even a small view, holds off-heap shape data that is freed only when its Java
 * object is collected; with a roomy heap, collection is rare and resident memory crept up by about 0.25 MB
 * per iteration (measured, GUIDE 4). A full collection every {@value #GC_EVERY} iterations keeps it flat at
 * a cost well under 1% of the run.
 */
public final class Trainer {
    static final int GC_EVERY = 50;
    private final List<Member> members;
    private final double averagingWeight;
    private final StopRule stop;

    /** Several networks trained on one joint objective; {@code stop} may be null (run all iterations). */
    public Trainer(List<Member> members, double averagingWeight, StopRule stop) {
        if (members.isEmpty()) throw new IllegalArgumentException("nothing to train");
        this.members = List.copyOf(members);
        this.averagingWeight = averagingWeight;
        this.stop = stop;
    }

    /** One network on input {@code z}. */
    public Trainer(Network network, INDArray z, Optimizer optimizer, double averagingWeight, StopRule stop) {
        this(List.of(new Member(network, z, optimizer)), averagingWeight, stop);
    }

    /** Trains a single network (the first member) on {@code objective}. */
    public TrainingRun run(Objective objective, int iterations, Monitor monitor) {
        JointObjective single = (outs, douts) -> objective.evaluate(outs.get(0), douts.get(0));
        return run(single, iterations, monitor);
    }

    /** Trains for up to {@code iterations}; throws CancelledException when the monitor asks. */
    public TrainingRun run(JointObjective objective, int iterations, Monitor monitor) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        int k = members.size();
        List<ExponentialAverage> averages = new ArrayList<>();
        for (int i = 0; i < k; i++) averages.add(new ExponentialAverage(averagingWeight));
        double[] losses = new double[iterations];
        List<INDArray> outs = new ArrayList<>(k);
        List<INDArray> douts = new ArrayList<>(k);
        boolean stopped = false;
        int done = 0;
        long start = System.nanoTime();
        while (done < iterations && !stopped) {
            monitor.checkCancelled();
            outs.clear();
            for (Member m : members) outs.add(m.network().forward(m.input()));
            if (douts.isEmpty()) for (INDArray o : outs) douts.add(Nd4j.create(o.dataType(), o.shape(), 'c'));
            double loss = objective.evaluate(outs, douts);
            for (int i = 0; i < k; i++) {
                Member m = members.get(i);
                averages.get(i).update(outs.get(i));
                m.network().backward(douts.get(i));
                m.optimizer().step(m.network().params().values(), m.network().params().grads());
            }
            losses[done++] = loss;
            monitor.iteration(done, iterations, loss);
            stopped = stop != null && stop.shouldStop(done, averages.get(0).value());
            if (done % GC_EVERY == 0) System.gc();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<INDArray> result = new ArrayList<>(k);
        for (ExponentialAverage a : averages) result.add(a.value());
        return new TrainingRun(result, Arrays.copyOf(losses, done), stopped, seconds);
    }
}
