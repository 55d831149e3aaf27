package dipmix.unmix.dip.train;

import dipmix.unmix.dip.nn.Network;
import dipmix.unmix.dip.optim.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One network of a training run: the network, its fixed input and its own optimiser (BUDDIP trains an
 * endmember and an abundance network side by side, UnDIP a single one).
 */
public record Member(Network network, INDArray input, Optimizer optimizer) {
    public Member {
        if (network == null || input == null || optimizer == null) {
            throw new IllegalArgumentException("a trained network needs its input and an optimiser");
        }
    }
}
