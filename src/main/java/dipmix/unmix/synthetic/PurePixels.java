package dipmix.unmix.synthetic;

/** Makes a few pixels per endmember pure, where that endmember is already the most abundant, never reusing a pixel. */
final class PurePixels {
    private PurePixels() {
    }

    /**
     * For each endmember k, the {@code perEndmember} pixels with the largest a_k not yet taken become one-hot on k.
     *
     * @return the chosen pixel indices, {@code [k][j]}
     */
    static int[][] place(double[] a, int r, int n, int perEndmember) {
        int count = Math.min(perEndmember, n / r);
        if (count < 1) throw new IllegalArgumentException("a scene of " + n + " pixels cannot hold a pure pixel for each of " + r + " endmembers");
        boolean[] taken = new boolean[n];
        int[][] chosen = new int[r][count];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < count; j++) {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (!taken[i] && (best < 0 || a[k * n + i] > a[k * n + best])) best = i;
                }
                taken[best] = true;
                chosen[k][j] = best;
            }
        }
        for (int k = 0; k < r; k++) {
            for (int i : chosen[k]) {
                for (int m = 0; m < r; m++) a[m * n + i] = m == k ? 1.0 : 0.0;
            }
        }
        return chosen;
    }
}
