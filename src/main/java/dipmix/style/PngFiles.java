package dipmix.style;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Writing images as PNG at exactly the path given (XChart's own saver appends ".png" to names). */
final class PngFiles {
    private PngFiles() {
    }

    static Path write(RenderedImage image, Path png) throws IOException {
        if (!ImageIO.write(image, "png", png.toFile())) throw new IOException("no PNG writer for " + png);
        return png;
    }

    static Path write(XYChart chart, Path png) throws IOException {
        return write(BitmapEncoder.getBufferedImage(chart), png);
    }

    static void requireSize(int width, int height) {
        if (width < 100 || height < 100 || width > 10000 || height > 10000) {
            throw new IllegalArgumentException("plot size must be 100..10000 pixels a side, got " + width + " x "
                    + height);
        }
    }
}
