package dipmix.style;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PNG mosaic of all abundance maps: one tile per material, drawn with its {@link AbundanceRamp} (the same colours
 * as its QML and SLD styles), titled with its name, in a near-square grid.
 *
 * <p>Tiles are resampled by nearest neighbour so that the longer side is {@link Layout#TILE_SIDE} pixels: small
 * scenes are enlarged without blurring, large ones shrunk. NaN (nodata) pixels are transparent.
 */
public final class AbundanceQuicklook {
    private AbundanceQuicklook() {
    }

    /**
     * Pixel geometry of the mosaic, so callers and tests can locate a tile.
     *
     * @param columns tiles per row
     * @param rows tile rows
     * @param tileWidth tile image width in pixels
     * @param tileHeight tile image height in pixels
     */
    public record Layout(int columns, int rows, int tileWidth, int tileHeight) {
        public static final int TILE_SIDE = 256;
        public static final int MARGIN = 8;
        public static final int HEADER = 22;

        /** The layout for r materials over a width x height scene. */
        public static Layout of(int r, int width, int height) {
            int columns = (int) Math.ceil(Math.sqrt(r));
            int rows = (r + columns - 1) / columns;
            double scale = (double) TILE_SIDE / Math.max(width, height);
            return new Layout(columns, rows, Math.max(1, (int) Math.round(width * scale)),
                    Math.max(1, (int) Math.round(height * scale)));
        }

        public int imageWidth() {
            return columns * (tileWidth + 2 * MARGIN);
        }

        public int imageHeight() {
            return rows * (tileHeight + HEADER + 2 * MARGIN);
        }

        /** Image x of the left edge of tile k's map. */
        public int tileX(int k) {
            return (k % columns) * (tileWidth + 2 * MARGIN) + MARGIN;
        }

        /** Image y of the top edge of tile k's map. */
        public int tileY(int k) {
            return (k / columns) * (tileHeight + HEADER + 2 * MARGIN) + MARGIN + HEADER;
        }
    }

    /**
     * Writes the mosaic.
     *
     * @param abundances r x (width*height), material-major, row-major pixels
     * @param names the r material names
     */
    public static Path write(Path png, float[] abundances, int width, int height, List<String> names)
            throws IOException {
        int r = names.size();
        if (r < 1) throw new IllegalArgumentException("a quicklook needs at least one material");
        if (width < 1 || height < 1 || (long) width * height * r != abundances.length) {
            throw new IllegalArgumentException(abundances.length + " abundances are not " + r + " materials x "
                    + width + " x " + height + " pixels");
        }
        Layout layout = Layout.of(r, width, height);
        BufferedImage image = new BufferedImage(layout.imageWidth(), layout.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            int n = width * height;
            for (int k = 0; k < r; k++) {
                AbundanceRamp ramp = AbundanceRamp.forMaterial(k);
                int x0 = layout.tileX(k), y0 = layout.tileY(k);
                for (int ty = 0; ty < layout.tileHeight(); ty++) {
                    int sy = Math.min(height - 1, (int) ((ty + 0.5) * height / layout.tileHeight()));
                    for (int tx = 0; tx < layout.tileWidth(); tx++) {
                        int sx = Math.min(width - 1, (int) ((tx + 0.5) * width / layout.tileWidth()));
                        Color c = ramp.colourAt(abundances[k * n + sy * width + sx]);
                        image.setRGB(x0 + tx, y0 + ty, c == null ? 0 : c.getRGB());
                    }
                }
                g.setColor(MaterialPalette.colour(k));
                g.fillRect(x0, y0 - AbundanceQuicklook.Layout.HEADER + 4, 12, 12);
                g.setColor(Color.BLACK);
                g.drawString(names.get(k), x0 + 18, y0 - 6);
            }
        } finally {
            g.dispose();
        }
        return PngFiles.write(image, png);
    }
}
