package dipmix.unmix.dip.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * A built network: its layers as one {@link Layer} and its parameters as one flat vector. {@link #forward}
 * maps an input [C, H, W] to an output; {@link #backward} takes the gradient of a loss with respect to that
 * output and leaves the gradients of all parameters in {@link Params#grads()}. Reused by any DIP method.
 */
public final class Network {
    private final Layer root;
    private final Params params;
    private final int inChannels;

    public Network(Layer root, Params params, int inChannels) {
        this.root = root;
        this.params = params;
        this.inChannels = inChannels;
    }

    /**
     * Builds the U-Net of {@code config} mapping {@code in} channels to {@code out} channels with a final
     * channel softmax, parameters initialised from {@code seed} and held in {@code type}.
     */
    public static Network unet(UnetConfig config, int in, int out, long seed, DataType type) {
        if (in < 1 || out < 1) throw new IllegalArgumentException("channels in " + in + ", out " + out);
        Params params = new Params();
        Init init = new Init(seed);
        Layer body = level(config, 0, in, params, init);
        Layer head = new Sequential(List.of(body, new Conv1x1(params, init, config.up()[0], out), new ChannelSoftmax()));
        params.allocate(type);
        return new Network(head, params, in);
    }

    private static Layer level(UnetConfig c, int i, int in, Params params, Init init) {
        double slope = c.leakySlope();
        int d = c.down()[i];
        int u = c.up()[i];
        Layer skip = null;
        int skipOut = 0;
        if (c.skipConvs()[i] == 0) {
            skip = new Identity();
            skipOut = in;
        } else if (c.skipConvs()[i] > 0) {
            List<Layer> s = new ArrayList<>();
            int ch = in;
            for (int k = 0; k < c.skipConvs()[i]; k++) {
                s.addAll(conv1x1Block(params, init, ch, c.skipWidth()[i], slope));
                ch = c.skipWidth()[i];
            }
            skip = new Sequential(s);
            skipOut = ch;
        }
        // the level's input also feeds the skip branch, so it gets a pad of its own; the BN before each
        // other 3x3 convolution writes its output padded (one pass over the array fewer each way)
        List<Layer> deep = new ArrayList<>(conv3x3Block(params, init, in, d, 2, slope, true, true));
        deep.addAll(conv3x3Block(params, init, d, d, 1, slope, false, false));
        int deepOut = d;
        if (i + 1 < c.levels()) {
            deep.add(level(c, i + 1, d, params, init));
            deepOut = c.up()[i + 1];
        }
        deep.add(c.upsampling() == Upsampling.BILINEAR ? new BilinearUpsample()
                : new TransposedUpsample(params, init, deepOut));
        List<Layer> layers = new ArrayList<>();
        layers.add(new CropConcat(skip, new Sequential(deep)));
        layers.add(new BatchNormActivation(params, skipOut + deepOut, 1.0, true));
        layers.addAll(conv3x3Block(params, init, skipOut + deepOut, u, 1, slope, false, false));
        layers.addAll(conv1x1Block(params, init, u, u, slope));
        return new Sequential(layers);
    }

    /**
     * A 3x3 convolution without bias and its BN + LeakyReLU; {@code padInput}: a reflection pad first (else
     * the input comes padded); {@code padOutput}: the BN pads its output for the next 3x3 convolution.
     */
    private static List<Layer> conv3x3Block(Params p, Init init, int in, int out, int stride, double slope,
                                            boolean padInput, boolean padOutput) {
        Conv2d conv = new Conv2d(p, init, in, out, 3, stride, false);
        BatchNormActivation bn = new BatchNormActivation(p, out, slope, padOutput);
        return padInput ? List.of(new ReflectionPad(), conv, bn) : List.of(conv, bn);
    }

    private static List<Layer> conv1x1Block(Params p, Init init, int in, int out, double slope) {
        return List.of(new Conv1x1(p, init, in, out, false), new BatchNormActivation(p, out, slope));
    }

    /** The output for input {@code z} ([C, H, W]); a buffer rewritten by the next call. */
    public INDArray forward(INDArray z) {
        if (z.rank() != 3 || z.size(0) != inChannels) {
            throw new IllegalArgumentException("network input must be [" + inChannels + ", H, W], got "
                    + java.util.Arrays.toString(z.shape()));
        }
        return root.forward(z);
    }

    /** Back-propagates {@code dOut}; the parameter gradients are then in {@link Params#grads()}. */
    public void backward(INDArray dOut) {
        root.backward(dOut);
    }

    public Params params() { return params; }

    public Layer root() { return root; }

    /** Output shape for an input [C, H, W]; throws IllegalArgumentException when the image is too small. */
    public long[] outputShape(long[] in) { return root.outputShape(in); }

    /** Working memory in elements for an input [C, H, W], excluding parameters and optimiser state. */
    public long workingElements(long[] in) { return root.workingElements(in); }
}
