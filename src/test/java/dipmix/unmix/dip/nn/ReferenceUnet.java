package dipmix.unmix.dip.nn;

import java.util.List;

/**
 * An independent plain-Java (double loops) forward pass of the one-level UnDIP network, reading the
 * parameters in the order {@link Network#unet} declares them: skip conv1x1 + BN, stride-2 conv3x3 + BN,
 * conv3x3 + BN, concat BN, conv3x3 + BN, conv1x1 + BN, output conv1x1. Written from the GUIDE's description,
 * sharing no code with the layers. Like the authors' code, every convolution here has a bias; the network
 * under test has none before BN, so those biases are drawn at random here and must cancel in BN.
 */
final class ReferenceUnet {
    private final List<double[]> p;
    private int next;
    private final double slope;
    private final java.util.SplittableRandom preBnBias = new java.util.SplittableRandom(17);

    ReferenceUnet(List<double[]> params, double slope) {
        this.p = params;
        this.slope = slope;
    }

    double[][][] forward(double[][][] z) {
        next = 0;
        double[][][] skip = lrelu(bn(conv(z, 1, 1, false)));
        double[][][] d = lrelu(bn(conv(pad(z), 3, 2, false)));
        d = lrelu(bn(conv(pad(d), 3, 1, false)));
        d = upsample(d);
        int h = z[0].length;
        int w = z[0][0].length;
        double[][][] cat = new double[skip.length + d.length][h][w];
        for (int c = 0; c < skip.length; c++) cat[c] = skip[c];
        for (int c = 0; c < d.length; c++) {
            for (int i = 0; i < h; i++) System.arraycopy(d[c][i], 0, cat[skip.length + c][i], 0, w);
        }
        double[][][] x = bn(cat);
        x = lrelu(bn(conv(pad(x), 3, 1, false)));
        x = lrelu(bn(conv(x, 1, 1, false)));
        return softmax(conv(x, 1, 1, true));
    }

    /** {@code declared}: the network under test holds this bias; otherwise a random one stands in. */
    private double[][][] conv(double[][][] x, int k, int stride, boolean declared) {
        double[] w = p.get(next++);
        int in = x.length;
        int out = w.length / (in * k * k);
        double[] b = declared ? p.get(next++) : preBnBias.doubles(out, -1, 1).toArray();
        int ho = (x[0].length - k) / stride + 1;
        int wo = (x[0][0].length - k) / stride + 1;
        double[][][] y = new double[out][ho][wo];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < ho; i++) {
                for (int j = 0; j < wo; j++) {
                    double s = b[o];
                    for (int c = 0; c < in; c++) {
                        for (int a = 0; a < k; a++) {
                            for (int e = 0; e < k; e++) {
                                s += w[((o * in + c) * k + a) * k + e] * x[c][i * stride + a][j * stride + e];
                            }
                        }
                    }
                    y[o][i][j] = s;
                }
            }
        }
        return y;
    }

    private static double[][][] pad(double[][][] x) {
        int h = x[0].length;
        int w = x[0][0].length;
        double[][][] y = new double[x.length][h + 2][w + 2];
        for (int c = 0; c < x.length; c++) {
            for (int i = -1; i <= h; i++) {
                for (int j = -1; j <= w; j++) {
                    int si = i < 0 ? -i : i >= h ? 2 * h - 2 - i : i;
                    int sj = j < 0 ? -j : j >= w ? 2 * w - 2 - j : j;
                    y[c][i + 1][j + 1] = x[c][si][sj];
                }
            }
        }
        return y;
    }

    private double[][][] bn(double[][][] x) {
        double[] g = p.get(next++);
        double[] b = p.get(next++);
        int h = x[0].length;
        int w = x[0][0].length;
        double[][][] y = new double[x.length][h][w];
        for (int c = 0; c < x.length; c++) {
            double mean = 0;
            for (double[] row : x[c]) for (double v : row) mean += v;
            mean /= h * w;
            double var = 0;
            for (double[] row : x[c]) for (double v : row) var += (v - mean) * (v - mean);
            var /= h * w;
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) y[c][i][j] = g[c] * (x[c][i][j] - mean) / Math.sqrt(var + 1e-5) + b[c];
            }
        }
        return y;
    }

    private double[][][] lrelu(double[][][] x) {
        for (double[][] plane : x) for (double[] row : plane) for (int j = 0; j < row.length; j++) {
            if (row[j] < 0) row[j] *= slope;
        }
        return x;
    }

    /** PyTorch's bilinear x2 with align_corners=False, directly from its source-coordinate formula. */
    private static double[][][] upsample(double[][][] x) {
        int h = x[0].length;
        int w = x[0][0].length;
        double[][][] y = new double[x.length][2 * h][2 * w];
        for (int c = 0; c < x.length; c++) {
            for (int i = 0; i < 2 * h; i++) {
                double si = Math.max(0, (i + 0.5) * 0.5 - 0.5);
                int i0 = (int) si;
                int i1 = Math.min(i0 + 1, h - 1);
                double fi = si - i0;
                for (int j = 0; j < 2 * w; j++) {
                    double sj = Math.max(0, (j + 0.5) * 0.5 - 0.5);
                    int j0 = (int) sj;
                    int j1 = Math.min(j0 + 1, w - 1);
                    double fj = sj - j0;
                    y[c][i][j] = (1 - fi) * ((1 - fj) * x[c][i0][j0] + fj * x[c][i0][j1])
                            + fi * ((1 - fj) * x[c][i1][j0] + fj * x[c][i1][j1]);
                }
            }
        }
        return y;
    }

    private static double[][][] softmax(double[][][] x) {
        int h = x[0].length;
        int w = x[0][0].length;
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                double s = 0;
                for (double[][] plane : x) s += Math.exp(plane[i][j]);
                for (double[][] plane : x) plane[i][j] = Math.exp(plane[i][j]) / s;
            }
        }
        return x;
    }
}
