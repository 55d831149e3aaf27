package dipmix.raster;

import dipmix.unmix.Endmembers;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Endmember spectra as they sit in a CSV: a wavelength per band and one named spectrum per material.
 *
 * @param wavelengthsNm p band centres in nm
 * @param names r material names
 * @param spectra r x p values, {@code spectra[material][band]}
 */
public record EndmemberTable(double[] wavelengthsNm, List<String> names, double[][] spectra) {
    public EndmemberTable {
        names = List.copyOf(names);
        if (spectra.length != names.size()) {
            throw new IllegalArgumentException(spectra.length + " spectra for " + names.size() + " names");
        }
        for (double[] s : spectra) {
            if (s.length != wavelengthsNm.length) {
                throw new IllegalArgumentException("a spectrum has " + s.length + " values for "
                        + wavelengthsNm.length + " wavelengths");
            }
        }
        wavelengthsNm = wavelengthsNm.clone();
        double[][] copy = new double[spectra.length][];
        for (int k = 0; k < copy.length; k++) copy[k] = spectra[k].clone();
        spectra = copy;
    }

    public int bands() {
        return wavelengthsNm.length;
    }

    public int count() {
        return names.size();
    }

    /** The p x r float32 matrix with the material names. */
    public Endmembers toEndmembers() {
        int p = bands();
        int r = count();
        float[] m = new float[p * r];
        for (int b = 0; b < p; b++) {
            for (int k = 0; k < r; k++) m[b * r + k] = (float) spectra[k][b];
        }
        return new Endmembers(Nd4j.create(m, new long[]{p, r}, 'c'), names);
    }

    /** A table from a p x r endmember matrix and its band wavelengths. */
    public static EndmemberTable of(Endmembers e, double[] wavelengthsNm) {
        INDArray m = e.matrix();
        if (m.rows() != wavelengthsNm.length) {
            throw new IllegalArgumentException(wavelengthsNm.length + " wavelengths for " + m.rows() + " bands");
        }
        double[][] spectra = new double[e.count()][(int) m.rows()];
        for (int k = 0; k < e.count(); k++) {
            for (int b = 0; b < m.rows(); b++) spectra[k][b] = m.getDouble(b, k);
        }
        return new EndmemberTable(wavelengthsNm, e.names(), spectra);
    }
}
