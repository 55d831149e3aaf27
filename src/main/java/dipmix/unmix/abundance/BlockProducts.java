package dipmix.unmix.abundance;

/**
 * Eᵀy for a block of consecutive pixels, accumulated in float64 from the float32 band rows (the products
 * of float32 data and float64 endmembers are formed and summed in float64).
 */
final class BlockProducts {
    /** Bands folded into each pass over the accumulators: cut the CPU time by about a third (measured). */
    private static final int BANDS_AT_ONCE = 4;

    private BlockProducts() { }

    /**
     * @param ed endmembers p x r
     * @return len x r values, pixel-major: pixel j's r products start at j * r
     */
    static double[] of(BandRows rows, double[][] ed, int from, int len) {
        int r = ed[0].length;
        double[] b = new double[r * len]; // endmember-major, so the accumulation loop runs over contiguous pixels
        float[] row = new float[len];
        double[][] four = new double[BANDS_AT_ONCE][len];
        int p = ed.length;
        for (int i = 0; i < p; i += BANDS_AT_ONCE) {
            int m = Math.min(BANDS_AT_ONCE, p - i);
            for (int t = 0; t < BANDS_AT_ONCE; t++) {
                double[] d = four[t];
                if (t < m) {
                    rows.read(i + t, from, row, len);
                    widen(row, d, len);
                } else {
                    java.util.Arrays.fill(d, 0);
                }
            }
            double[] r0 = four[0];
            double[] r1 = four[1];
            double[] r2 = four[2];
            double[] r3 = four[3];
            for (int k = 0; k < r; k++) {
                double e0 = ed[i][k];
                double e1 = m > 1 ? ed[i + 1][k] : 0;
                double e2 = m > 2 ? ed[i + 2][k] : 0;
                double e3 = m > 3 ? ed[i + 3][k] : 0;
                addFour(b, k * len, len, e0, r0, e1, r1, e2, r2, e3, r3);
            }
        }
        double[] bt = new double[len * r];
        for (int k = 0; k < r; k++) for (int j = 0; j < len; j++) bt[j * r + k] = b[k * len + j];
        return bt;
    }

    // Small leaf methods, so C2 compiles and vectorises these loops on their own.
    private static void addFour(double[] b, int off, int len, double e0, double[] r0, double e1, double[] r1,
                                double e2, double[] r2, double e3, double[] r3) {
        for (int j = 0; j < len; j++) b[off + j] += e0 * r0[j] + e1 * r1[j] + e2 * r2[j] + e3 * r3[j];
    }

    private static void widen(float[] src, double[] dst, int len) {
        for (int j = 0; j < len; j++) dst[j] = src[j];
    }
}
