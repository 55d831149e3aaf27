package dipmix.unmix.dip;

import dipmix.unmix.dip.nn.UnetConfig;

/**
 * Named network shapes with their default iteration counts (measured accuracy and time: docs/benchmarks.md,
 * "UnDIP presets").
 */
public enum UndipPreset {
    /** The reference network of the UnDIP paper and code, 3000 iterations. */
    PAPER(3000),
    /** Four levels with two-convolution skips (the seed report's most robust model), 3000 iterations. */
    DEEP(3000),
    /** The reference shape at 64 channels and 1000 iterations. */
    FAST(1000);

    private final int iterations;

    UndipPreset(int iterations) {
        this.iterations = iterations;
    }

    public int defaultIterations() { return iterations; }

    public UnetConfig config() {
        return switch (this) {
            case PAPER -> UnetConfig.paper();
            case DEEP -> UnetConfig.deep();
            case FAST -> UnetConfig.fast();
        };
    }

    /** Parses a preset name (case-insensitive), naming the accepted ones when it is unknown. */
    public static UndipPreset parse(String name) {
        for (UndipPreset p : values()) if (p.name().equalsIgnoreCase(name)) return p;
        throw new IllegalArgumentException("unknown UnDIP preset '" + name + "': expected paper, deep or fast");
    }
}
