package dipmix.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdal.gdalJNI;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * The single initialisation point of GDAL and the way datasets are opened. GDAL handles are not thread-safe:
 * each caller opens its own dataset and must {@code delete()} it in a finally block.
 */
final class GdalRuntime {
    /** GDAL's block cache: native memory outside the Java heap, so keep it modest. */
    private static final int CACHE_BYTES = 256 << 20;
    private static boolean ready;

    private GdalRuntime() {
    }

    /** Loads the JNI library and registers the drivers once; a clear error when the library is missing. */
    static synchronized void ensure() {
        if (ready) return;
        // ND4J's bundled OpenBLAS and Debian's (which GDAL pulls in through liblapack) share the soname
        // libopenblas.so.0 and the first one loaded serves both; only ND4J's has the LAPACKE symbols ND4J
        // calls, so ND4J's native side must be up before GDAL's.
        org.nd4j.linalg.factory.Nd4j.create(1);
        boolean available;
        try {
            available = gdalJNI.isAvailable();
        } catch (LinkageError e) {
            available = false;
        }
        if (!available) {
            throw new RasterException("GDAL's Java library (libgdalalljni.so) is not on java.library.path:"
                    + " run `bash scripts/setup.sh` and start dipmix through ./dipmix");
        }
        gdal.AllRegister();
        gdal.SetCacheMax(CACHE_BYTES);
        // no .aux.xml side files next to the user's rasters
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO");
        ready = true;
    }

    /** Opens a raster file read-only, or throws a one-line RasterException naming the file. */
    static Dataset openReadOnly(Path path) {
        ensure();
        if (!Files.exists(path)) throw new RasterException("file not found: " + path);
        if (Files.isDirectory(path)) throw new RasterException("a folder, not a raster: " + path);
        return open(path.toString(), path);
    }

    /** Opens any GDAL name (a file, a /vsimem/ path) read-only; {@code shownAs} is named in errors. */
    static Dataset open(String gdalName, Path shownAs) {
        ensure();
        try (QuietErrors q = QuietErrors.push()) {
            Dataset ds = gdal.Open(gdalName, gdalconstConstants.GA_ReadOnly);
            if (ds == null) {
                throw new RasterException("GDAL cannot open " + shownAs + ": " + q.lastError("unknown format"));
            }
            if (ds.GetRasterCount() == 0) {
                ds.delete();
                throw new RasterException("no raster bands in " + shownAs);
            }
            return ds;
        }
    }
}
