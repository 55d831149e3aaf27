package dipmix.style;

import java.math.BigDecimal;

/** Shortest plain decimal text for a number in a style file ("0", "0.25", "1"), independent of the locale. */
final class NumberText {
    private NumberText() {
    }

    static String of(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("a style value must be finite, got " + v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
