package dipmix.jobs.unmix;

import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.unmix.Endmembers;
import dipmix.unmix.SpectralResampling;
import java.nio.file.Path;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Endmember spectra from a CSV (a user's library, or reference endmembers), brought onto the scene's good
 * bands: by wavelength when both sides have them, else by band count (the CSV then has a row per scene band, or
 * a row per good band).
 */
final class LibraryEndmembers {
    private LibraryEndmembers() {
    }

    /**
     * @param sceneBands total number of bands in the scene
     * @param goodBands indices of the bands that take part
     * @param goodWavelengthsNm their wavelengths, or null when the scene has none
     */
    static Endmembers load(Path csv, int sceneBands, int[] goodBands, double[] goodWavelengthsNm) {
        EndmemberTable table = EndmemberCsv.read(csv);
        for (int k = 0; k < table.count(); k++) {
            for (double v : table.spectra()[k]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("endmember library " + csv + " has a missing or non-finite value for '"
                            + table.names().get(k) + "'");
                }
            }
        }
        double[][] byBand = transpose(table.spectra());
        double[][] rows;
        double[] wl = table.wavelengthsNm();
        boolean libraryHasWavelengths = java.util.Arrays.stream(wl).allMatch(Double::isFinite);
        if (goodWavelengthsNm != null && libraryHasWavelengths) {
            rows = SpectralResampling.linear(wl, byBand, goodWavelengthsNm);
        } else if (table.bands() == sceneBands) {
            rows = new double[goodBands.length][];
            for (int i = 0; i < goodBands.length; i++) rows[i] = byBand[goodBands[i]];
        } else if (table.bands() == goodBands.length) {
            rows = byBand;
        } else {
            throw new IllegalArgumentException("endmember library " + csv + " has " + table.bands()
                    + " bands and the scene " + sceneBands + " (" + goodBands.length
                    + " usable); without wavelengths on both sides they cannot be matched");
        }
        return new Endmembers(Nd4j.create(rows).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT), table.names());
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
        }
        return t;
    }
}
