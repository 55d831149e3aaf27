package dipmix.unmix.synthetic;

import dipmix.unmix.Endmembers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.factory.Nd4j;

/** Draws distinct materials from a spectral library and resamples them linearly onto the scene's bands. */
public final class LibrarySampler {
    private LibrarySampler() {
    }

    /** {@code bands} wavelengths evenly spaced over the library's range, first and last included. */
    public static double[] evenBands(double[] libraryWavelengthsNm, int bands) {
        if (bands < 2) throw new IllegalArgumentException("need at least 2 bands, got " + bands);
        double lo = libraryWavelengthsNm[0];
        double hi = libraryWavelengthsNm[libraryWavelengthsNm.length - 1];
        double[] out = new double[bands];
        for (int i = 0; i < bands; i++) out[i] = lo + (hi - lo) * i / (bands - 1);
        return out;
    }

    /**
     * Picks {@code r} different materials uniformly at random (seeded) and resamples each onto {@code targetNm}.
     *
     * @param wavelengthsNm the library's band centres, strictly increasing
     * @param spectra library spectra, {@code spectra[material][band]}
     * @param names one name per library spectrum
     * @return a p x r float32 matrix with the chosen names, in the order drawn
     */
    public static Endmembers draw(double[] wavelengthsNm, double[][] spectra, List<String> names, int r,
                                  double[] targetNm, long seed) {
        if (r < 1 || r > spectra.length) {
            throw new IllegalArgumentException("cannot draw " + r + " endmembers from a library of " + spectra.length);
        }
        if (names.size() != spectra.length) throw new IllegalArgumentException(names.size() + " names for " + spectra.length + " spectra");
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < spectra.length; i++) pool.add(i);
        SplittableRandom rng = new SplittableRandom(seed);
        int p = targetNm.length;
        float[] m = new float[p * r];
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < r; k++) {
            int pick = pool.remove(rng.nextInt(pool.size()));
            chosen.add(names.get(pick));
            double[] res = resample(wavelengthsNm, spectra[pick], targetNm);
            for (int b = 0; b < p; b++) m[b * r + k] = (float) res[b];
        }
        return new Endmembers(Nd4j.create(m, new long[]{p, r}, 'c'), chosen);
    }

    /** Linear interpolation of (x, y) at each target; targets outside the range take the end values. */
    static double[] resample(double[] x, double[] y, double[] targets) {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) throw new IllegalArgumentException("library wavelengths must increase, see band " + i);
        }
        double[] out = new double[targets.length];
        int j = 0;
        for (int t = 0; t < targets.length; t++) {
            double v = targets[t];
            if (v <= x[0]) {
                out[t] = y[0];
                continue;
            }
            if (v >= x[x.length - 1]) {
                out[t] = y[x.length - 1];
                continue;
            }
            while (x[j + 1] < v) j++;
            while (j > 0 && x[j] > v) j--;
            double w = (v - x[j]) / (x[j + 1] - x[j]);
            out[t] = y[j] * (1 - w) + y[j + 1] * w;
        }
        return out;
    }
}
