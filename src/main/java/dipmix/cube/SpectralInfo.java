package dipmix.cube;

import java.util.Arrays;

/**
 * Per-band spectral metadata.
 *
 * @param wavelengthsNm band centres in nanometres, or null when the scene does not say
 * @param fwhmNm band widths in nanometres, or null
 * @param badBands true for a band that must not take part in unmixing (declared bad, or without a valid value)
 */
public record SpectralInfo(double[] wavelengthsNm, double[] fwhmNm, boolean[] badBands) {
    public SpectralInfo {
        int p = badBands.length;
        if (wavelengthsNm != null && wavelengthsNm.length != p) {
            throw new IllegalArgumentException(wavelengthsNm.length + " wavelengths for " + p + " bands");
        }
        if (fwhmNm != null && fwhmNm.length != p) {
            throw new IllegalArgumentException(fwhmNm.length + " FWHM values for " + p + " bands");
        }
        wavelengthsNm = wavelengthsNm == null ? null : wavelengthsNm.clone();
        fwhmNm = fwhmNm == null ? null : fwhmNm.clone();
        badBands = badBands.clone();
    }

    public static SpectralInfo unknown(int bands) {
        return new SpectralInfo(null, null, new boolean[bands]);
    }

    public int bandCount() {
        return badBands.length;
    }

    @Override
    public double[] wavelengthsNm() {
        return wavelengthsNm == null ? null : wavelengthsNm.clone();
    }

    @Override
    public double[] fwhmNm() {
        return fwhmNm == null ? null : fwhmNm.clone();
    }

    @Override
    public boolean[] badBands() {
        return badBands.clone();
    }

    public boolean isBad(int band) {
        return badBands[band];
    }

    /** Indices of the bands that take part in unmixing. */
    public int[] goodBandIndices() {
        return java.util.stream.IntStream.range(0, badBands.length).filter(b -> !badBands[b]).toArray();
    }

    /** Indices of the excluded bands. */
    public int[] badBandIndices() {
        return java.util.stream.IntStream.range(0, badBands.length).filter(b -> badBands[b]).toArray();
    }

    /** A copy with the given bands marked bad as well. */
    public SpectralInfo withBadBands(boolean[] extra) {
        boolean[] merged = badBands.clone();
        for (int b = 0; b < merged.length; b++) merged[b] |= extra[b];
        return new SpectralInfo(wavelengthsNm, fwhmNm, merged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpectralInfo s && Arrays.equals(wavelengthsNm, s.wavelengthsNm)
                && Arrays.equals(fwhmNm, s.fwhmNm) && Arrays.equals(badBands, s.badBands);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(wavelengthsNm) + Arrays.hashCode(badBands);
    }
}
