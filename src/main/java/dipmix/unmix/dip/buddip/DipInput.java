package dipmix.unmix.dip.buddip;

/** What a BUDDIP network (ADIP or EDIP) sees as its fixed input. */
public enum DipInput {
    /** A uniform random Z in [0, 0.1), as UnDIP, of the same shape as the guidance input. */
    RANDOM,
    /**
     * The guidance itself, as the BUDDIP authors' code does: A~ as r maps (zero at invalid pixels) for ADIP, E~
     * as r spectra for EDIP.
     */
    GUIDANCE;

    /** Parses a name (case-insensitive), naming the accepted ones when it is unknown. */
    public static DipInput parse(String name) {
        for (DipInput v : values()) if (v.name().equalsIgnoreCase(name)) return v;
        throw new IllegalArgumentException("unknown network input '" + name + "': expected random or guidance");
    }
}
