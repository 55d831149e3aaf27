package dipmix.unmix;

/**
 * Brings library spectra onto a scene's bands by linear interpolation in wavelength. Scene bands outside the
 * library's range are an error rather than an extrapolation: a guessed reflectance would bias every abundance.
 */
public final class SpectralResampling {
    private SpectralResampling() {
    }

    /**
     * @param sourceNm increasing library wavelengths
     * @param spectra library values, [band][material]
     * @param targetNm scene wavelengths to sample at
     * @return [targetBand][material]
     */
    public static double[][] linear(double[] sourceNm, double[][] spectra, double[] targetNm) {
        if (sourceNm.length != spectra.length) {
            throw new IllegalArgumentException(sourceNm.length + " wavelengths for " + spectra.length + " library rows");
        }
        if (sourceNm.length < 2) throw new IllegalArgumentException("a library needs at least 2 wavelengths to resample");
        for (int i = 1; i < sourceNm.length; i++) {
            if (!(sourceNm[i] > sourceNm[i - 1])) {
                throw new IllegalArgumentException("library wavelengths must increase; row " + (i + 1) + " has "
                        + sourceNm[i] + " nm after " + sourceNm[i - 1] + " nm");
            }
        }
        double lo = sourceNm[0];
        double hi = sourceNm[sourceNm.length - 1];
        double slack = 0.5 * Math.min(sourceNm[1] - sourceNm[0], sourceNm[sourceNm.length - 1] - sourceNm[sourceNm.length - 2]);
        int m = spectra[0].length;
        double[][] out = new double[targetNm.length][m];
        int k = 0;
        for (int t = 0; t < targetNm.length; t++) {
            double w = targetNm[t];
            if (w < lo - slack || w > hi + slack) {
                throw new IllegalArgumentException("scene band at " + w + " nm lies outside the library's "
                        + lo + "-" + hi + " nm");
            }
            double wc = Math.min(Math.max(w, lo), hi);
            while (k < sourceNm.length - 2 && sourceNm[k + 1] < wc) k++;
            if (k > 0 && sourceNm[k] > wc) k = 0;
            while (k < sourceNm.length - 2 && sourceNm[k + 1] < wc) k++;
            double f = (wc - sourceNm[k]) / (sourceNm[k + 1] - sourceNm[k]);
            for (int j = 0; j < m; j++) out[t][j] = (1 - f) * spectra[k][j] + f * spectra[k + 1][j];
        }
        return out;
    }
}
