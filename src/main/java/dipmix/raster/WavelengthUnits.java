package dipmix.raster;

import java.util.Locale;

/**
 * Converts wavelengths from the unit a file states to nanometres. With no unit, values under 100 are taken for
 * micrometres (a 0.4-2.5 µm sensor) and larger ones for nanometres: the result says the unit was assumed.
 */
final class WavelengthUnits {
    /** Below this, unit-less wavelengths are micrometres: no imaging sensor has bands under 100 nm. */
    static final double MICROMETRE_GUESS_LIMIT = 100.0;

    /**
     * Wavelengths in nm and how their unit was known.
     *
     * @param nm the values in nanometres
     * @param unit the canonical source unit ("nm", "um", "mm", "m")
     * @param assumed true when the file stated no usable unit and {@code unit} was guessed from the values
     */
    record Converted(double[] nm, String unit, boolean assumed) {
        /** The unit as reported to users: "um" or "um (assumed)". */
        String label() {
            return assumed ? unit + " (assumed)" : unit;
        }
    }

    private WavelengthUnits() {
    }

    /** Converts values stated in {@code unit} (null or blank when the file names none) to nm. */
    static Converted toNanometres(double[] values, String unit) {
        String canonical = canonical(unit);
        boolean assumed = canonical == null;
        if (assumed) canonical = guess(values);
        double factor = switch (canonical) {
            case "um" -> 1e3;
            case "mm" -> 1e6;
            case "m" -> 1e9;
            default -> 1.0;
        };
        double[] nm = new double[values.length];
        for (int i = 0; i < nm.length; i++) nm[i] = values[i] * factor;
        return new Converted(nm, canonical, assumed);
    }

    /** "nm", "um", "mm" or "m" for the spellings files use, null for none or one we do not know. */
    static String canonical(String unit) {
        if (unit == null) return null;
        String u = unit.strip().toLowerCase(Locale.ROOT).replace("µ", "u").replace("μ", "u");
        return switch (u) {
            case "nm", "nanometer", "nanometers", "nanometre", "nanometres" -> "nm";
            case "um", "micrometer", "micrometers", "micrometre", "micrometres", "micron", "microns" -> "um";
            case "mm", "millimeter", "millimeters", "millimetre", "millimetres" -> "mm";
            case "m", "meter", "meters", "metre", "metres" -> "m";
            default -> null;
        };
    }

    private static String guess(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) if (Double.isFinite(v)) max = Math.max(max, v);
        return max < MICROMETRE_GUESS_LIMIT ? "um" : "nm";
    }
}
