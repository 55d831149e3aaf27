package dipmix.raster;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How many bytes a scene may take in memory. Default: half the JVM's maximum heap. Override with the system
 * property {@value #PROPERTY} or the environment variable {@value #ENV} (bytes, or a number with k/m/g/t suffix).
 */
public final class MemoryBudget {
    public static final String PROPERTY = "dipmix.memory.budget";
    public static final String ENV = "DIPMIX_MEMORY_BUDGET";
    /** A Java array holds fewer than 2^31 elements. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private MemoryBudget() {
    }

    /** The configured budget in bytes. */
    public static long configured() {
        String v = System.getProperty(PROPERTY);
        if (v != null) return parse(v, "-D" + PROPERTY);
        v = System.getenv(ENV);
        if (v != null && !v.isBlank()) return parse(v, ENV);
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /** Parses "123", "512m", "2g", "1.5G" to bytes. */
    static long parse(String text, String source) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("b")) s = s.substring(0, s.length() - 1);
        long unit = 1;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        int shift = "kmgt".indexOf(last);
        if (shift >= 0) {
            unit = 1L << (10 * (shift + 1));
            s = s.substring(0, s.length() - 1);
        }
        try {
            double bytes = Double.parseDouble(s) * unit;
            if (bytes > 0) return (long) bytes;
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(source + " must be a positive size such as 2g or 512m, got '" + text + "'");
    }

    /** Bytes needed to hold p bands over the given pixels as float32, with the validity mask and a band buffer. */
    public static long sceneBytes(int bands, long pixels) {
        return 4L * bands * pixels + pixels / 8 + 4L * pixels;
    }

    /** Throws a one-line RasterException when the read would not fit the budget or a Java array. */
    static void check(Path path, int bands, int width, int height, long budget) {
        long pixels = (long) width * height;
        long bytes = sceneBytes(bands, pixels);
        String size = bands + " bands x " + width + "x" + height + " pixels";
        if ((long) bands * pixels > MAX_ARRAY) {
            throw new RasterException(path + " is too large to load at once (" + size
                    + "): read it in windows");
        }
        if (bytes > budget) {
            throw new RasterException(path + " needs about " + human(bytes) + " to load (" + size
                    + "), over the memory budget of " + human(budget) + ": read a window, or raise the budget with "
                    + ENV + " / -D" + PROPERTY + " and the heap with DIPMIX_JAVA_OPTS=-Xmx...");
        }
    }

    static String human(long bytes) {
        if (bytes < 1L << 20) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        if (bytes < 1L << 30) return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }
}
