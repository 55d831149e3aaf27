package dipmix.raster;

import org.gdal.gdal.gdal;

/**
 * Keeps GDAL from printing "ERROR n: ..." lines to stderr while a call runs (the CLI prints one line of its own)
 * and hands back GDAL's last error message. GDAL's handler stack is per thread, so push and close on one thread.
 */
final class QuietErrors implements AutoCloseable {
    private QuietErrors() {
    }

    static QuietErrors push() {
        gdal.PushErrorHandler("CPLQuietErrorHandler");
        gdal.ErrorReset();
        return new QuietErrors();
    }

    /** GDAL's last error message on this thread, or the fallback when it recorded none. */
    String lastError(String fallback) {
        String msg = gdal.GetLastErrorMsg();
        return msg == null || msg.isBlank() ? fallback : msg.strip().replace('\n', ' ');
    }

    @Override
    public void close() {
        gdal.PopErrorHandler();
    }
}
