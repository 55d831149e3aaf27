package dipmix.raster;

import java.nio.file.Path;
import org.gdal.gdal.Band;
import org.gdal.gdalconst.gdalconstConstants;

/** Float32 rectangle reads and writes with GDAL's error turned into a RasterException. */
final class BandIo {
    private BandIo() {
    }

    /** Reads a w x h rectangle at (x, y) into {@code buf[0 .. w*h)} as float32. */
    static void read(Band band, int x, int y, int w, int h, float[] buf, Path path) {
        try (QuietErrors q = QuietErrors.push()) {
            int rc = band.ReadRaster(x, y, w, h, w, h, gdalconstConstants.GDT_Float32, buf);
            if (rc != gdalconstConstants.CE_None) {
                throw new RasterException("cannot read " + path + ": " + q.lastError("read error " + rc));
            }
        }
    }

    /** Writes {@code buf[0 .. w*h)} as the w x h rectangle at (x, y). */
    static void write(Band band, int x, int y, int w, int h, float[] buf, Path path) {
        try (QuietErrors q = QuietErrors.push()) {
            int rc = band.WriteRaster(x, y, w, h, w, h, gdalconstConstants.GDT_Float32, buf);
            if (rc != gdalconstConstants.CE_None) {
                throw new RasterException("cannot write " + path + ": " + q.lastError("write error " + rc));
            }
        }
    }
}
