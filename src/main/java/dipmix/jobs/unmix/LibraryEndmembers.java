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
     * @param sceneWavelengthsNm wavelengths of every scene band, or null when the scene has none
     * @param goodBands indices of the bands that take part
     */
    static Endmembers load(Path csv, int sceneBands, double[] sceneWavelengthsNm, int[] goodBands) {
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
        double[] wl = table.wavelengthsNm();
        boolean libraryHasWavelengths = java.util.Arrays.stream(wl).allMatch(Double::isFinite);
        double[][] rows;
        if (table.bands() == sceneBands && (sceneWavelengthsNm == null || !libraryHasWavelengths
                || sameWavelengths(wl, sceneWavelengthsNm))) {
            // the library was sampled on this sensor's bands (overlapping detectors and all): take rows as they are
            rows = pick(byBand, goodBands);
        } else if (sceneWavelengthsNm != null && libraryHasWavelengths) {
            double[] goodWl = java.util.Arrays.stream(goodBands).mapToDouble(b -> sceneWavelengthsNm[b]).toArray();
            Integer[] order = sortedByWavelength(wl);
            double[] sortedWl = new double[order.length];
            double[][] sortedRows = new double[order.length][];
            for (int i = 0; i < order.length; i++) {
                sortedWl[i] = wl[order[i]];
                sortedRows[i] = byBand[order[i]];
            }
            rows = SpectralResampling.linear(sortedWl, sortedRows, goodWl);
        } else if (table.bands() == goodBands.length) {
            rows = byBand;
        } else {
            throw new IllegalArgumentException("endmember library " + csv + " has " + table.bands()
                    + " bands and the scene " + sceneBands + " (" + goodBands.length
                    + " usable); without wavelengths on both sides they cannot be matched");
        }
        return new Endmembers(Nd4j.create(rows).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT), table.names());
    }

    private static boolean sameWavelengths(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-3) return false;
        return true;
    }

    /** Sensors with overlapping detectors list bands out of wavelength order; interpolation needs them sorted. */
    private static Integer[] sortedByWavelength(double[] wl) {
        Integer[] order = new Integer[wl.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> wl[i]));
        return order;
    }

    private static double[][] pick(double[][] rows, int[] indices) {
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) out[i] = rows[indices[i]];
        return out;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
        }
        return t;
    }
}
