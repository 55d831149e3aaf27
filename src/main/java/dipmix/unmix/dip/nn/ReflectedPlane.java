package dipmix.unmix.dip.nn;

/**
 * Reflection padding by one pixel of a single h x w plane held in a heap row, and its adjoint: what
 * {@link ReflectionPad} does to a whole array, for a layer that already has each channel's plane in cache
 * ({@link BatchNormActivation} writes its output padded, so the separate pad pass over the array is saved).
 * Padded row i (0..h+1) is input row reflect(i - 1), reflect(-1) = 1, reflect(h) = h - 2; columns alike.
 */
final class ReflectedPlane {
    private ReflectedPlane() { }

    /** Writes the (h+2) x (w+2) padding of {@code src} (h x w) into {@code dst}. Needs h, w >= 2. */
    static void pad(double[] src, int h, int w, double[] dst) {
        int pw = w + 2;
        for (int i = 0; i < h + 2; i++) {
            int from = reflect(i - 1, h) * w;
            int to = i * pw;
            System.arraycopy(src, from, dst, to + 1, w);
            dst[to] = src[from + 1];
            dst[to + w + 1] = src[from + w - 2];
        }
    }

    /** Writes into {@code dst} (h x w) the adjoint of {@link #pad}: each padded cell added to its source. */
    static void fold(double[] g, int h, int w, double[] dst) {
        int pw = w + 2;
        for (int i = 1; i <= h; i++) System.arraycopy(g, i * pw + 1, dst, (i - 1) * w, w);
        // padded row 0 came from row 1, padded row h + 1 from row h - 2
        addRow(g, 1, dst, w, w);
        addRow(g, (h + 1) * pw + 1, dst, (h - 2) * w, w);
        // the reflected columns of every padded row, corners included
        for (int i = 0; i < h + 2; i++) {
            int to = reflect(i - 1, h) * w;
            dst[to + 1] += g[i * pw];
            dst[to + w - 2] += g[i * pw + w + 1];
        }
    }

    private static void addRow(double[] g, int from, double[] dst, int to, int w) {
        for (int j = 0; j < w; j++) dst[to + j] += g[from + j];
    }

    private static int reflect(int i, int n) {
        return i < 0 ? 1 : i >= n ? n - 2 : i;
    }
}
