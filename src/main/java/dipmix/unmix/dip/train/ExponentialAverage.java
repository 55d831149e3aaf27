package dipmix.unmix.dip.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The running average avg = w avg + (1 - w) x of the network outputs that UnDIP reports instead of the last
 * output, which makes the result insensitive to the stopping point. It starts from the first output (as
 * the Deep Image Prior code does), so an average of softmax outputs stays on the simplex at every step.
 */
public final class ExponentialAverage {
    private final double weight;
    private INDArray average;
    private INDArray scaled;

    public ExponentialAverage(double weight) {
        if (!(weight >= 0 && weight < 1)) throw new IllegalArgumentException("averaging weight must be in [0,1), got " + weight);
        this.weight = weight;
    }

    public void update(INDArray x) {
        if (average == null) {
            average = x.dup('c');
            scaled = average.ulike();
        } else {
            average.muli(weight).addi(scaled.assign(x).muli(1 - weight));
        }
    }

    /** The current average (a live buffer), or null before the first update. */
    public INDArray value() { return average; }
}
