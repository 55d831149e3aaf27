package dipmix.cube;

/** A rectangle of pixels: top-left column x, row y, and its size. */
public record Window(int x, int y, int width, int height) {
    public Window {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a window needs a positive size, got " + width + "x" + height);
        }
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("a window starts at a non-negative pixel, got " + x + "," + y);
        }
    }

    public static Window whole(int width, int height) {
        return new Window(0, 0, width, height);
    }

    public boolean fitsIn(int rasterWidth, int rasterHeight) {
        return (long) x + width <= rasterWidth && (long) y + height <= rasterHeight;
    }

    public long pixelCount() {
        return (long) width * height;
    }
}
