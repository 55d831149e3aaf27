package dipmix.style;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlotsTest {
    private static final List<String> NAMES = List.of("soil", "tree", "water");

    @TempDir
    Path dir;

    private static double[][] spectra(int p) {
        double[][] e = new double[p][3];
        for (int b = 0; b < p; b++) {
            e[b][0] = 0.2 + 0.3 * b / p;
            e[b][1] = 0.5 + 0.2 * Math.sin(b / 6.0);
            e[b][2] = 0.1 * Math.exp(-b / 20.0);
        }
        return e;
    }

    private static double[] wavelengths(int p) {
        double[] w = new double[p];
        for (int b = 0; b < p; b++) w[b] = 400 + 2100.0 * b / (p - 1);
        return w;
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) n++;
        }
        return n;
    }

    private static BufferedImage read(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("decodes as an image").isNotNull();
        return img;
    }

    @Test
    void endmemberPlotHasTheSizeAndEveryMaterialInItsPaletteColour() throws Exception {
        Path png = EndmemberPlot.write(dir.resolve("e.png"), spectra(60), NAMES, wavelengths(60), null, 900, 500);
        BufferedImage img = read(png);
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(500);
        for (int k = 0; k < 3; k++) assertThat(count(img, MaterialPalette.colour(k))).as(NAMES.get(k)).isGreaterThan(100);
    }

    @Test
    void badBandsAreGapsNotDrawnValues() throws Exception {
        int p = 60;
        double[][] e = spectra(p);
        boolean[] bad = new boolean[p];
        for (int b = 20; b < 35; b++) {
            bad[b] = true;
            e[b][0] = 50; // a water-vapour spike that must not reach the plot
        }
        Color soil = MaterialPalette.colour(0);
        int full = count(read(EndmemberPlot.write(dir.resolve("full.png"), spectra(p), NAMES, wavelengths(p), null,
                900, 500)), soil);
        int gapped = count(read(EndmemberPlot.write(dir.resolve("gap.png"), e, NAMES, wavelengths(p), bad, 900, 500)),
                soil);
        // a quarter of the x range is missing: the soil line loses roughly a quarter of its pixels, and the spike
        // (which would add hundreds of vertical pixels and squash the axis) is absent
        assertThat((double) gapped / full).isBetween(0.6, 0.9);

        double[] w = wavelengths(p);
        for (int b = 20; b < 35; b++) w[b] = Double.NaN; // a band without a wavelength is a gap too
        int nanGapped = count(read(EndmemberPlot.write(dir.resolve("nan.png"), e, NAMES, w, null, 900, 500)), soil);
        assertThat(nanGapped).isEqualTo(gapped);
    }

    @Test
    void endmemberPlotAcceptsAnNd4jMatrixAndBandNumbers() throws Exception {
        Path png = EndmemberPlot.write(dir.resolve("nd.png"), Nd4j.create(spectra(30)), NAMES, null, null, 640, 400);
        BufferedImage img = read(png);
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(count(img, MaterialPalette.colour(2))).isGreaterThan(50);
    }

    @Test
    void endmemberPlotRejectsMismatchedShapes() {
        assertThatThrownBy(() -> EndmemberPlot.write(dir.resolve("x.png"), spectra(10), List.of("a", "b"), null, null,
                500, 300)).hasMessageContaining("band 0 has 3 values for 2 materials");
        assertThatThrownBy(() -> EndmemberPlot.write(dir.resolve("x.png"), spectra(10), NAMES, new double[9], null,
                500, 300)).hasMessageContaining("9 wavelengths for 10 bands");
        assertThatThrownBy(() -> EndmemberPlot.write(dir.resolve("x.png"), spectra(10), NAMES, null, null, 20, 300))
                .hasMessageContaining("20 x 300");
    }

    @Test
    void lossCurveDecodesAtItsSizeWithTheCurveDrawn() throws Exception {
        double[] loss = new double[200];
        for (int i = 0; i < loss.length; i++) loss[i] = 0.5 * Math.exp(-i / 30.0) + 1e-4;
        loss[50] = Double.NaN;
        BufferedImage img = read(LossCurvePlot.write(dir.resolve("loss.png"), loss, "UnDIP loss", 800, 450));
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(450);
        assertThat(count(img, new Color(0x33, 0x33, 0x33))).isGreaterThan(100);
        assertThatThrownBy(() -> LossCurvePlot.write(dir.resolve("x.png"), new double[]{Double.NaN}, "t", 800, 450))
                .hasMessageContaining("no finite value");
    }

    @Test
    void quicklookTilesShowEachMaterialThroughItsRamp() throws Exception {
        int w = 4, h = 3, r = 3, n = w * h;
        float[] a = new float[r * n];
        for (int i = 0; i < a.length; i++) a[i] = (i * 7 % 11) / 10f;
        a[n + 5] = Float.NaN;
        Path png = AbundanceQuicklook.write(dir.resolve("q.png"), a, w, h, NAMES);
        BufferedImage img = read(png);
        AbundanceQuicklook.Layout layout = AbundanceQuicklook.Layout.of(r, w, h);
        assertThat(layout.columns()).isEqualTo(2);
        assertThat(layout.rows()).isEqualTo(2);
        assertThat(layout.tileWidth()).isEqualTo(256);
        assertThat(layout.tileHeight()).isEqualTo(192);
        assertThat(img.getWidth()).isEqualTo(layout.imageWidth());
        assertThat(img.getHeight()).isEqualTo(layout.imageHeight());
        int scale = layout.tileWidth() / w;
        for (int k = 0; k < r; k++) {
            AbundanceRamp ramp = AbundanceRamp.forMaterial(k);
            for (int i = 0; i < n; i++) {
                int px = layout.tileX(k) + (i % w) * scale + scale / 2;
                int py = layout.tileY(k) + (i / w) * scale + scale / 2;
                int argb = img.getRGB(px, py);
                Color expected = ramp.colourAt(a[k * n + i]);
                if (expected == null) assertThat(argb >>> 24).as("nodata is transparent").isZero();
                else assertThat(argb).as("material %d pixel %d", k, i).isEqualTo(expected.getRGB());
            }
        }
    }
}
