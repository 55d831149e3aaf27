package dipmix.unmix.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AbundanceFieldsTest {
    private static final int W = 32, H = 24, N = W * H;

    private static double maxAt(double[] a, int r, int i) {
        double m = 0;
        for (int k = 0; k < r; k++) m = Math.max(m, a[k * N + i]);
        return m;
    }

    @Test
    void everyPixelIsOnTheSimplex() {
        double[] a = AbundanceFields.generate(W, H, 5, 1.0, 11);
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int k = 0; k < 5; k++) {
                assertThat(a[k * N + i]).isGreaterThanOrEqualTo(0);
                sum += a[k * N + i];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void fullPurityPlacesPurePixelsOfEveryEndmember() {
        int r = 4;
        double[] a = AbundanceFields.generate(W, H, r, 1.0, 5);
        for (int k = 0; k < r; k++) {
            int pure = 0;
            for (int i = 0; i < N; i++) if (a[k * N + i] == 1.0) pure++;
            assertThat(pure).as("pure pixels of endmember %d", k).isGreaterThanOrEqualTo(AbundanceFields.PURE_PER_ENDMEMBER);
        }
    }

    @Test
    void aPurityCapIsExactAndReached() {
        int r = 3;
        double cap = 0.7;
        double[] a = AbundanceFields.generate(W, H, r, cap, 5);
        double largest = 0;
        for (int i = 0; i < N; i++) largest = Math.max(largest, maxAt(a, r, i));
        assertThat(largest).isCloseTo(cap, within(1e-12));
    }

    @Test
    void fieldsAreSmoothNotWhite() {
        double[] a = AbundanceFields.generate(W, H, 3, 1.0, 9);
        double neighbour = 0;
        double far = 0;
        int count = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x + 1 < W; x++) {
                int i = y * W + x;
                int j = ((y + 11) % H) * W + (x + 13) % W;
                neighbour += Math.abs(a[i] - a[i + 1]);
                far += Math.abs(a[i] - a[j]);
                count++;
            }
        }
        assertThat(neighbour / count).isLessThan(0.25 * far / count);
    }

    @Test
    void deterministicGivenTheSeed() {
        assertThat(AbundanceFields.generate(W, H, 3, 0.9, 1)).containsExactly(AbundanceFields.generate(W, H, 3, 0.9, 1));
        assertThat(AbundanceFields.generate(W, H, 3, 0.9, 1)).isNotEqualTo(AbundanceFields.generate(W, H, 3, 0.9, 2));
    }

    @Test
    void impossiblePurityIsRefused() {
        assertThatThrownBy(() -> AbundanceFields.generate(W, H, 4, 0.25, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max purity");
        assertThatThrownBy(() -> AbundanceFields.generate(W, H, 4, 1.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
