package dipmix.raster;

import org.gdal.gdal.gdal;

/**
 * One-time GDAL start-up for {@link FootprintReader} and {@link ClassRasterWriter}: checks the JNI library and
 * registers the drivers once per JVM.
 */
final class FootprintGdal {
    private static volatile boolean ready;

    private FootprintGdal() {
    }

    static synchronized void ensureReady() {
        if (ready) return;
        if (!org.gdal.gdal.gdalJNI.isAvailable()) {
            throw new IllegalStateException("the GDAL JNI library (libgdalalljni.so) is not on java.library.path");
        }
        gdal.AllRegister();
        ready = true;
    }
}
