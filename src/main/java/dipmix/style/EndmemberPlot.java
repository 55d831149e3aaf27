package dipmix.style;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Endmember spectra against wavelength as a PNG line chart, one line per material in its palette colour, the
 * material names in the legend. Bad bands are gaps in the lines, not interpolated across.
 */
public final class EndmemberPlot {
    private EndmemberPlot() {
    }

    /**
     * Writes the plot.
     *
     * @param png the file to write
     * @param endmembers bands x r reflectances
     * @param names the r material names
     * @param wavelengthsNm band centres in nm, or null to plot against band number; a NaN wavelength marks a bad band
     * @param badBands true for bands to leave out (gaps), or null for none
     * @param width image width in pixels
     * @param height image height in pixels
     */
    public static Path write(Path png, double[][] endmembers, List<String> names, double[] wavelengthsNm,
                             boolean[] badBands, int width, int height) throws IOException {
        PngFiles.requireSize(width, height);
        int p = endmembers.length;
        if (p == 0) throw new IllegalArgumentException("no bands to plot");
        int r = names.size();
        for (int b = 0; b < p; b++) {
            if (endmembers[b].length != r) {
                throw new IllegalArgumentException("band " + b + " has " + endmembers[b].length + " values for " + r
                        + " materials");
            }
        }
        if (wavelengthsNm != null && wavelengthsNm.length != p) {
            throw new IllegalArgumentException(wavelengthsNm.length + " wavelengths for " + p + " bands");
        }
        if (badBands != null && badBands.length != p) {
            throw new IllegalArgumentException(badBands.length + " bad-band flags for " + p + " bands");
        }
        double[] x = xPositions(wavelengthsNm, p);
        XYChart chart = new XYChartBuilder().width(width).height(height).title("Endmember spectra")
                .xAxisTitle(wavelengthsNm == null ? "band" : "wavelength (nm)").yAxisTitle("reflectance").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        // wavelengths read best as whole nanometres; XChart would print every digit of the first tick
        chart.getStyler().setXAxisDecimalPattern(wavelengthsNm == null ? "#0" : "#,##0");
        for (int k = 0; k < r; k++) {
            double[] y = new double[p];
            for (int b = 0; b < p; b++) {
                boolean bad = badBands != null && badBands[b] || wavelengthsNm != null && Double.isNaN(wavelengthsNm[b]);
                y[b] = bad ? Double.NaN : endmembers[b][k]; // XChart breaks a line at NaN
            }
            XYSeries s = chart.addSeries(names.get(k), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(MaterialPalette.colour(k));
        }
        return PngFiles.write(chart, png);
    }

    /** The same for a bands x r ND4J matrix. */
    public static Path write(Path png, INDArray endmembers, List<String> names, double[] wavelengthsNm,
                             boolean[] badBands, int width, int height) throws IOException {
        if (endmembers.rank() != 2) {
            throw new IllegalArgumentException("endmembers must be a bands x r matrix, got shape "
                    + java.util.Arrays.toString(endmembers.shape()));
        }
        return write(png, endmembers.toDoubleMatrix(), names, wavelengthsNm, badBands, width, height);
    }

    // a band without a wavelength takes its neighbour's position: its value is a gap anyway, and XChart needs finite x
    private static double[] xPositions(double[] wavelengthsNm, int p) {
        double[] x = new double[p];
        if (wavelengthsNm == null) {
            for (int b = 0; b < p; b++) x[b] = b + 1;
            return x;
        }
        double last = Double.NaN;
        for (int b = 0; b < p; b++) {
            if (Double.isFinite(wavelengthsNm[b])) last = wavelengthsNm[b];
            x[b] = last;
        }
        double next = Double.NaN;
        for (int b = p - 1; b >= 0; b--) {
            if (Double.isFinite(x[b])) next = x[b];
            else x[b] = next;
        }
        if (Double.isNaN(x[0])) throw new IllegalArgumentException("no band has a finite wavelength");
        return x;
    }
}
