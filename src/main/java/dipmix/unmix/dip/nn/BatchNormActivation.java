package dipmix.unmix.dip.nn;

import dipmix.unmix.HostCopy;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Batch normalisation over the pixels of the single image followed by LeakyReLU, fused into one pass per
 * channel each way ({@link ChannelLoop}). BN always uses the statistics of the current input (PyTorch
 * BatchNorm2d in training mode at batch 1, eps 1e-5, biased variance, centred two-pass variance): UnDIP never
 * switches to running statistics. A slope of 1 gives plain BN (UnDIP's BN(260) after the concatenation).
 * Backward keeps no mask and reads no output: the slope follows from the input's side of -shift/scale.
 * Closed form per channel, with d the
 * gradient after the activation and xhat the normalised input:
 * dbeta = sum d, dgamma = sum d xhat, dx = gamma rstd (d - dbeta / M - xhat dgamma / M).
 * With {@code padOutput} the output comes reflection-padded by one pixel, ready for a 3x3 convolution, and
 * backward takes the padded gradient ({@link ReflectedPlane}): at Jasper size that saves the separate pad's
 * passes over the array (7.9 of the 9.4 ms the network's pads took per iteration).
 */
public final class BatchNormActivation implements Layer {
    static final double EPS = 1e-5;
    private final int channels;
    private final double slope;
    private final boolean padOutput;
    private final Params.Param gamma;
    private final Params.Param beta;
    private final double[] mean;
    private final double[] rstd;
    private final double[] dgamma;
    private final double[] dbeta;
    private final double[] scale;
    private final double[] shift;
    private INDArray x;
    private INDArray y;
    private INDArray dx;

    public BatchNormActivation(Params params, int channels, double slope) {
        this(params, channels, slope, false);
    }

    /** As above; with {@code padOutput} the output is reflection-padded by one pixel on each side. */
    public BatchNormActivation(Params params, int channels, double slope, boolean padOutput) {
        if (channels < 1) throw new IllegalArgumentException("batch norm over " + channels + " channels");
        if (!(slope >= 0 && slope <= 1)) throw new IllegalArgumentException("LeakyReLU slope must be in [0,1], got " + slope);
        this.channels = channels;
        this.slope = slope;
        this.padOutput = padOutput;
        this.gamma = params.add(new long[]{channels}, Init.constant(channels, 1.0));
        this.beta = params.add(new long[]{channels}, Init.constant(channels, 0.0));
        this.mean = new double[channels];
        this.rstd = new double[channels];
        this.dgamma = new double[channels];
        this.dbeta = new double[channels];
        this.scale = new double[channels];
        this.shift = new double[channels];
    }

    public Params.Param gamma() { return gamma; }

    public Params.Param beta() { return beta; }

    @Override
    public long[] outputShape(long[] s) {
        if (!padOutput) return s.clone();
        if (s[1] < 2 || s[2] < 2) {
            throw new IllegalArgumentException("reflection padding needs at least 2x2 pixels, got " + s[1] + "x" + s[2]);
        }
        return new long[]{s[0], s[1] + 2, s[2] + 2};
    }

    @Override
    public INDArray forward(INDArray input) {
        Shapes.requireChw(input, channels, "batch norm");
        x = ChannelLoop.requireDense(input);
        y = Shapes.buffer(y, x, outputShape(x.shape()));
        int m = ChannelLoop.segment(x);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        // bulk copies of the parameter views: ND4J's toDoubleVector/createFromArray + assign are ops whose
        // overheads came to ~0.1 ms each, five per layer per iteration
        double[] g = HostCopy.values(gamma.value());
        double[] b = HostCopy.values(beta.value());
        ChannelLoop.forEachChannel(channels, c -> {
            double[] v = ChannelLoop.scratch(0, m);
            ChannelLoop.read(x, c, v);
            double mu = RowSums.sum(v, m) / m;
            double r = 1.0 / Math.sqrt(RowSums.dotCentred(v, v, mu, m) / m + EPS);
            mean[c] = mu;
            rstd[c] = r;
            double sc = g[c] * r;
            double sh = b[c] - mu * sc;
            scale[c] = sc;
            shift[c] = sh;
            for (int i = 0; i < m; i++) {
                double pre = v[i] * sc + sh;
                v[i] = Math.max(pre, slope * pre);
            }
            if (padOutput) {
                double[] padded = ChannelLoop.scratch(1, (h + 2) * (w + 2));
                ReflectedPlane.pad(v, h, w, padded);
                ChannelLoop.write(padded, y, c);
            } else {
                ChannelLoop.write(v, y, c);
            }
        });
        return y;
    }

    @Override
    public INDArray backward(INDArray input) {
        INDArray dy = ChannelLoop.requireDense(input);
        dx = Shapes.buffer(dx, dy, x.shape());
        int m = ChannelLoop.segment(x);
        int h = (int) x.size(1);
        int w = (int) x.size(2);
        double[] g = HostCopy.values(gamma.value());
        ChannelLoop.forEachChannel(channels, c -> {
            double[] d = ChannelLoop.scratch(0, m);
            double[] xin = ChannelLoop.scratch(1, m);
            if (padOutput) {
                double[] padded = ChannelLoop.scratch(2, (h + 2) * (w + 2));
                ChannelLoop.read(dy, c, padded);
                ReflectedPlane.fold(padded, h, w, d);
            } else {
                ChannelLoop.read(dy, c, d);
            }
            ChannelLoop.read(x, c, xin);
            double mu = mean[c];
            double r = rstd[c];
            double sc = scale[c];
            double sh = shift[c];
            if (slope != 1) {
                for (int i = 0; i < m; i++) {
                    // branch-free slope: 1 where the pre-activation is positive, slope elsewhere (0 included,
                    // as PyTorch). The step is pre * 1e300 clamped to [0, 1]: min/max vectorise, a select
                    // compiles to a branch and copySign does not (2.6 and 2.9 ms against 0.85 per 2.56 M);
                    // only |pre| < 1e-300 would get a slope in between
                    d[i] *= slope + (1 - slope) * Math.min(Math.max((xin[i] * sc + sh) * 1e300, 0.0), 1.0);
                }
            }
            double sd = RowSums.sum(d, m);
            double sdx = RowSums.dotCentred(d, xin, mu, m);
            double dg = sdx * r;
            dbeta[c] = sd;
            dgamma[c] = dg;
            double k = g[c] * r;
            double a = sd / m;
            double bb = dg * r / m;
            for (int i = 0; i < m; i++) d[i] = k * (d[i] - a - (xin[i] - mu) * bb);
            ChannelLoop.write(d, dx, c);
        });
        HostCopy.assign(dgamma, gamma.grad());
        HostCopy.assign(dbeta, beta.grad());
        return dx;
    }

    @Override
    public long workingElements(long[] s) {
        return 2 * Shapes.count(s) + Shapes.count(outputShape(s));
    }
}
