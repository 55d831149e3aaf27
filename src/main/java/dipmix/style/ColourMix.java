package dipmix.style;

import java.awt.Color;
import java.util.Locale;

/** Linear mixing of sRGB colours and their #rrggbb form, shared by the palette, the ramps and the style writers. */
final class ColourMix {
    private ColourMix() {
    }

    /** {@code a} moved towards {@code b} by {@code t} in 0..1 (0 gives a, 1 gives b). */
    static Color mix(Color a, Color b, double t) {
        return new Color(lerp(a.getRed(), b.getRed(), t), lerp(a.getGreen(), b.getGreen(), t),
                lerp(a.getBlue(), b.getBlue(), t));
    }

    private static int lerp(int x, int y, double t) {
        return (int) Math.round(x + (y - x) * t);
    }

    /** Lower-case #rrggbb, the form QML and SLD both use. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
