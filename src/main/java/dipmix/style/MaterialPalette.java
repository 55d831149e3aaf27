package dipmix.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The colour of each material, by its index in the endmember order; used by every style and plot so a material keeps
 * one colour everywhere.
 *
 * <p>The first ten are the Tableau 10 qualitative palette (distinct hues, readable on white). Past ten the hues repeat
 * with alternating darker and lighter variants, so neighbouring indices stay distinguishable. The mapping depends on
 * the index only: the same run always gets the same colours.
 */
public final class MaterialPalette {
    private static final int[] BASE = {
            0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
            0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

    private MaterialPalette() {
    }

    /** The colour of material {@code index} (0-based); opaque. */
    public static Color colour(int index) {
        if (index < 0) throw new IllegalArgumentException("material index must be >= 0, got " + index);
        Color base = new Color(BASE[index % BASE.length]);
        int cycle = index / BASE.length;
        if (cycle == 0) return base;
        // cycle 1: 35% darker, 2: 35% lighter, 3: 55% darker, 4: 55% lighter, ... capped so colours never reach
        // black or white
        double amount = Math.min(0.35 + 0.2 * ((cycle - 1) / 2), 0.75);
        return cycle % 2 == 1 ? ColourMix.mix(base, Color.BLACK, amount) : ColourMix.mix(base, Color.WHITE, amount);
    }

    /** Colours for materials 0 .. count-1. */
    public static List<Color> colours(int count) {
        if (count < 0) throw new IllegalArgumentException("material count must be >= 0, got " + count);
        List<Color> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(colour(i));
        return out;
    }
}
