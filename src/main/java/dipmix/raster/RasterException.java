package dipmix.raster;

/**
 * A problem with a raster or its file that the user can fix (missing file, unknown format, unwritable folder,
 * a scene too large for the memory budget). The message is one line naming the problem and the file, fit to be
 * shown as is.
 */
public class RasterException extends RuntimeException {
    public RasterException(String message) {
        super(message);
    }

    public RasterException(String message, Throwable cause) {
        super(message, cause);
    }
}
