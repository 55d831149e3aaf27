package dipmix.raster;

import dipmix.cube.GeoReference;
import java.nio.file.Path;
import java.util.Map;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/** Creates Float32 datasets and fills in what every written raster carries. */
final class GdalCreate {
    /** GeoTIFF layout for everything dipmix writes: compressed float tiles, BigTIFF only when needed. */
    static final String[] GTIFF_OPTIONS = {"COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES", "BLOCKXSIZE=256",
        "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER", "INTERLEAVE=BAND"};

    private GdalCreate() {
    }

    static Driver driver(String name) {
        GdalRuntime.ensure();
        Driver d = gdal.GetDriverByName(name);
        if (d == null) throw new RasterException("GDAL has no " + name + " driver");
        return d;
    }

    /** A new Float32 dataset; the caller deletes it. {@code shownAs} is the path named in error messages. */
    static Dataset float32(String driverName, Path file, int width, int height, int bands, String[] options,
                           Path shownAs) {
        Driver driver = driver(driverName);
        try (QuietErrors q = QuietErrors.push()) {
            Dataset ds = driver.Create(file.toString(), width, height, bands, gdalconstConstants.GDT_Float32, options);
            if (ds == null) throw new RasterException("cannot create " + shownAs + ": " + q.lastError("GDAL refused"));
            return ds;
        }
    }

    /** Georeferencing and dataset-level metadata (default domain). */
    static void describe(Dataset ds, GeoReference geo, Map<String, String> metadata) {
        GeoReferences.apply(ds, geo);
        if (metadata != null) metadata.forEach((k, v) -> ds.SetMetadataItem(k, v == null ? "" : v));
    }

    /**
     * Runs {@code filler} on the dataset, then closes it (when GDAL flushes) and reports a failure GDAL recorded
     * while flushing. The dataset is deleted on every path, so no Band outlives it.
     */
    static void fillAndClose(Dataset ds, Path shownAs, java.util.function.Consumer<Dataset> filler) {
        try {
            filler.accept(ds);
        } catch (RuntimeException e) {
            ds.delete();
            throw e;
        }
        try (QuietErrors q = QuietErrors.push()) {
            ds.FlushCache();
            boolean failed = gdal.GetLastErrorType() >= gdalconstConstants.CE_Failure;
            String err = q.lastError("flush failed");
            ds.delete();
            if (failed) throw new RasterException("cannot write " + shownAs + ": " + err);
        }
    }
}
