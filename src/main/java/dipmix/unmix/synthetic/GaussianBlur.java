package dipmix.unmix.synthetic;

import java.util.SplittableRandom;

/** Smooth random fields: white Gaussian noise blurred by a separable Gaussian kernel (edges clamped). */
final class GaussianBlur {
    private GaussianBlur() {
    }

    /** A width x height field (row-major) with correlation length {@code sigma} pixels, mean 0 and std 1. */
    static double[] field(int width, int height, double sigma, SplittableRandom rng) {
        double[] f = new double[width * height];
        for (int i = 0; i < f.length; i++) f[i] = rng.nextGaussian();
        double[] kernel = kernel(sigma);
        f = blurRows(f, width, height, kernel);
        f = transpose(blurRows(transpose(f, width, height), height, width, kernel), height, width);
        return standardise(f);
    }

    private static double[] kernel(double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-0.5 * i * i / (sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) k[i] /= sum;
        return k;
    }

    private static double[] blurRows(double[] f, int width, int height, double[] kernel) {
        int radius = kernel.length / 2;
        double[] out = new double[f.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int j = -radius; j <= radius; j++) {
                    int xx = Math.min(width - 1, Math.max(0, x + j));
                    s += kernel[j + radius] * f[row + xx];
                }
                out[row + x] = s;
            }
        }
        return out;
    }

    private static double[] transpose(double[] f, int width, int height) {
        double[] t = new double[f.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) t[x * height + y] = f[y * width + x];
        }
        return t;
    }

    private static double[] standardise(double[] f) {
        double mean = 0;
        for (double v : f) mean += v;
        mean /= f.length;
        double var = 0;
        for (double v : f) var += (v - mean) * (v - mean);
        double std = Math.sqrt(var / f.length);
        if (std == 0) std = 1;
        for (int i = 0; i < f.length; i++) f[i] = (f[i] - mean) / std;
        return f;
    }
}
