package dipmix.unmix.dip.buddip;

import dipmix.unmix.dip.nn.Conv1x1;
import dipmix.unmix.dip.nn.Init;
import dipmix.unmix.dip.nn.LeakyRelu;
import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.nn.Params;
import dipmix.unmix.dip.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * EDIP, f_E: a two-layer perceptron over the spectrum, shared by all endmembers, in residual form
 * E = s * sigmoid(logit(E~ / s) + W2 LeakyReLU(W1 x + b1) + b2). Its input x is the guidance E~ held as
 * [p, r, 1] (bands as channels, endmembers as pixels, so each 1x1 convolution is a per-spectrum layer), or a
 * fixed random Z of that shape ({@link DipInput}); the anchor logit(E~ / s) is there either way.
 * W2 and b2 start at zero, so f_E starts exactly at the (clipped) guidance and every step moves away from it
 * only as far as the loss asks; the sigmoid keeps every value in (0, s).
 */
final class EndmemberNetwork {
    private EndmemberNetwork() { }

    /**
     * @param guide E~, p x r
     * @param hidden width of the hidden layer
     * @param scale s: the output range is (0, s)
     */
    static Network build(INDArray guide, int hidden, double scale, long seed) {
        int p = (int) guide.rows();
        Params params = new Params();
        Init init = new Init(seed);
        Conv1x1 first = new Conv1x1(params, init, p, hidden);
        Conv1x1 last = new Conv1x1(params, init, hidden, p);
        ResidualSigmoid head = new ResidualSigmoid(input(guide), scale);
        params.allocate(DataType.FLOAT);
        last.weight().value().assign(0);
        last.bias().value().assign(0);
        return new Network(new Sequential(List.of(first, new LeakyRelu(0.1), last, head)), params, p);
    }

    /** E~ (p x r) in the EDIP input layout [p, r, 1], float32. */
    static INDArray input(INDArray guide) {
        return guide.castTo(DataType.FLOAT).dup('c').reshape(guide.rows(), guide.columns(), 1);
    }
}
