package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** Layers applied one after the other; backward runs them in reverse. */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    public Sequential(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() { return layers; }

    @Override
    public INDArray forward(INDArray x) {
        INDArray a = x;
        for (Layer l : layers) a = l.forward(a);
        return a;
    }

    @Override
    public INDArray backward(INDArray dy) {
        INDArray g = dy;
        for (int i = layers.size() - 1; i >= 0; i--) g = layers.get(i).backward(g);
        return g;
    }

    @Override
    public long[] outputShape(long[] in) {
        long[] s = in;
        for (Layer l : layers) s = l.outputShape(s);
        return s;
    }

    @Override
    public long workingElements(long[] in) {
        long total = 0;
        long[] s = in;
        for (Layer l : layers) {
            total += l.workingElements(s);
            s = l.outputShape(s);
        }
        return total;
    }
}
