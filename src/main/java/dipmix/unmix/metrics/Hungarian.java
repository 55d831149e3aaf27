package dipmix.unmix.metrics;

import java.util.Arrays;

/**
 * Minimum-cost perfect assignment on a square cost matrix (Hungarian method with row and column
 * potentials, O(r³)).
 */
public final class Hungarian {
    private Hungarian() { }

    /**
     * @param cost r x r finite costs
     * @return for each row, the column assigned to it; the total cost is minimal
     */
    public static int[] assign(double[][] cost) {
        int n = cost.length;
        for (double[] row : cost) {
            if (row.length != n) throw new IllegalArgumentException("the assignment cost matrix must be square, got "
                    + n + " x " + row.length);
            for (double v : row) if (!Double.isFinite(v)) throw new IllegalArgumentException("non-finite assignment cost " + v);
        }
        // 1-based arrays; column 0 is a virtual start column
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfCol = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOfCol[0] = i;
            int col = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[col] = true;
                int row = rowOfCol[col];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double reduced = cost[row - 1][j - 1] - u[row] - v[j];
                    if (reduced < minv[j]) {
                        minv[j] = reduced;
                        way[j] = col;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                col = next;
            } while (rowOfCol[col] != 0);
            // augment along the alternating path back to the virtual column
            do {
                int prev = way[col];
                rowOfCol[col] = rowOfCol[prev];
                col = prev;
            } while (col != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= n; j++) colOfRow[rowOfCol[j] - 1] = j - 1;
        return colOfRow;
    }
}
