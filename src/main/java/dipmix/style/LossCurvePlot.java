package dipmix.style;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The training loss of a DIP method against iteration as a PNG. The y axis is logarithmic when every finite loss is
 * positive (losses fall over orders of magnitude), linear otherwise; non-finite losses are gaps.
 */
public final class LossCurvePlot {
    private static final Color LINE = new Color(0x33, 0x33, 0x33);

    private LossCurvePlot() {
    }

    /**
     * Writes the plot.
     *
     * @param loss loss per iteration (iteration i+1 at index i); at least one finite value
     * @param title the chart title, e.g. "UnDIP loss"
     */
    public static Path write(Path png, double[] loss, String title, int width, int height) throws IOException {
        PngFiles.requireSize(width, height);
        boolean anyFinite = false;
        boolean allPositive = true;
        double[] x = new double[loss.length];
        double[] y = new double[loss.length];
        for (int i = 0; i < loss.length; i++) {
            x[i] = i + 1;
            y[i] = Double.isFinite(loss[i]) ? loss[i] : Double.NaN;
            if (Double.isFinite(loss[i])) {
                anyFinite = true;
                allPositive &= loss[i] > 0;
            }
        }
        if (!anyFinite) throw new IllegalArgumentException("the loss history has no finite value (" + loss.length
                + " iterations)");
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("iteration").yAxisTitle("loss").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisLogarithmic(allPositive);
        XYSeries s = chart.addSeries("loss", x, y);
        s.setMarker(loss.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        s.setLineColor(LINE);
        s.setMarkerColor(LINE);
        return PngFiles.write(chart, png);
    }
}
