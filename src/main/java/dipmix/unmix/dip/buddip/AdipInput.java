package dipmix.unmix.dip.buddip;

/** What the abundance network sees as its fixed input. */
public enum AdipInput {
    /** A uniform random Z in [0, 0.1), as UnDIP. */
    RANDOM,
    /** The guidance abundances A~ as r maps (zero at invalid pixels), as the BUDDIP authors' code does. */
    GUIDANCE;

    /** Parses a name (case-insensitive), naming the accepted ones when it is unknown. */
    public static AdipInput parse(String name) {
        for (AdipInput v : values()) if (v.name().equalsIgnoreCase(name)) return v;
        throw new IllegalArgumentException("unknown ADIP input '" + name + "': expected random or guidance");
    }
}
