package dipmix.style;

/**
 * The dominant-material class of each pixel: the index of its largest abundance.
 *
 * <p>Ties go to the lower index. A pixel with any NaN abundance (nodata) gets {@link #NODATA}.
 */
public final class DominantMaterial {
    /** Class value of pixels without a class. */
    public static final int NODATA = 255;

    private DominantMaterial() {
    }

    /**
     * Classifies band-sequential abundances.
     *
     * @param abundances r x n values, material-major: abundance of material k at pixel i is {@code [k * n + i]}
     * @param r number of materials, 1..255
     * @param n number of pixels
     * @return n class values (unsigned bytes): 0..r-1 or {@link #NODATA}
     */
    public static byte[] classify(float[] abundances, int r, int n) {
        if (r < 1 || r > 255) throw new IllegalArgumentException("need 1..255 materials for Byte classes, got " + r);
        if (n < 1 || (long) r * n != abundances.length) {
            throw new IllegalArgumentException(abundances.length + " abundances are not " + r + " materials x " + n
                    + " pixels");
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            float bestValue = abundances[i];
            boolean nodata = Float.isNaN(bestValue);
            for (int k = 1; k < r && !nodata; k++) {
                float v = abundances[k * n + i];
                if (Float.isNaN(v)) nodata = true;
                else if (v > bestValue) {
                    bestValue = v;
                    best = k;
                }
            }
            out[i] = (byte) (nodata ? NODATA : best);
        }
        return out;
    }
}
