package dipmix.unmix.scale;

/**
 * How reflectance is commonly stored, recognised from a bright level of the data (its 99th percentile):
 * a fraction 0..1, a percentage 0..100, or integers 0..10000; anything brighter is not reflectance.
 */
public enum ReflectanceUnit {
    FRACTION(1, 2, "reflectance as a fraction 0..1"),
    PERCENT(100, 150, "reflectance in percent 0..100"),
    TEN_THOUSAND(10000, 20000, "reflectance scaled to 0..10000"),
    UNKNOWN(Double.NaN, Double.POSITIVE_INFINITY, "values too large for reflectance (radiance or raw counts?)");

    /** What a full-reflectance (1.0) target reads in this unit. */
    final double fullScale;
    /** Largest bright level still read as this unit (room for targets brighter than a white panel). */
    final double maxBrightLevel;
    final String description;

    ReflectanceUnit(double fullScale, double maxBrightLevel, String description) {
        this.fullScale = fullScale;
        this.maxBrightLevel = maxBrightLevel;
        this.description = description;
    }

    static ReflectanceUnit of(double brightLevel) {
        for (ReflectanceUnit u : values()) if (brightLevel <= u.maxBrightLevel) return u;
        return UNKNOWN;
    }
}
