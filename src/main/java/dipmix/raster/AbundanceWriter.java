package dipmix.raster;

import dipmix.cube.GeoReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;

/**
 * Writes abundance maps: a Float32 GeoTIFF with one band per endmember, the material name as band description,
 * NaN as nodata on invalid pixels, DEFLATE + floating-point predictor, 256x256 tiles, BigTIFF when needed, and the
 * given dataset metadata (method, parameters, seed, software version). Optionally a Cloud Optimized GeoTIFF.
 * The file appears under its final name only once complete.
 */
public final class AbundanceWriter {
    /** Dataset metadata keys for the provenance every abundance file carries. */
    public static final String METHOD_KEY = "dipmix_method";
    public static final String PARAMETERS_KEY = "dipmix_parameters";
    public static final String SEED_KEY = "dipmix_seed";
    /** Stamped by the writer itself ("dipmix &lt;version&gt;") unless the caller sets it. */
    public static final String SOFTWARE_KEY = "dipmix_software";

    /** Every non-finite value in the grid is written as this, and it is the bands' declared nodata. */
    public static final float NODATA = Float.NaN;

    private static final String[] COG_OPTIONS = {"COMPRESS=DEFLATE", "PREDICTOR=YES", "BLOCKSIZE=256",
        "BIGTIFF=IF_SAFER"};

    private AbundanceWriter() {
    }

    /**
     * @param target the .tif to write
     * @param grid band-sequential r x (width*height) abundances; NaN (or any non-finite value) on invalid pixels
     * @param names r material names
     * @param geo georeferencing of the input scene (or null)
     * @param metadata dataset metadata items (or null); use {@link #METHOD_KEY}, {@link #PARAMETERS_KEY} and
     *        {@link #SEED_KEY} for the provenance; {@link #SOFTWARE_KEY} is added when missing
     * @param cog write a Cloud Optimized GeoTIFF (GDAL's COG driver) instead of a plain tiled one
     * @throws IllegalArgumentException when sizes disagree
     * @throws RasterException when the folder is not writable or GDAL fails; nothing is left under the final name
     */
    public static void write(Path target, float[] grid, int width, int height, List<String> names, GeoReference geo,
                             Map<String, String> metadata, boolean cog) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("abundance grid size " + width + "x" + height);
        if (names == null || names.isEmpty()) throw new IllegalArgumentException("abundance maps need material names");
        long expected = (long) names.size() * width * height;
        if (grid.length != expected) {
            throw new IllegalArgumentException("abundance grid has " + grid.length + " values, expected " + expected
                    + " (" + names.size() + " materials x " + width + "x" + height + ")");
        }
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        if (metadata != null) meta.putAll(metadata);
        meta.putIfAbsent(SOFTWARE_KEY, softwareVersion());
        AtomicOutput.write(target, List.of(), temp -> {
            if (!cog) {
                writeGeoTiff(temp, GdalCreate.GTIFF_OPTIONS, grid, width, height, names, geo, meta, target);
                return;
            }
            // the COG driver can only copy an existing dataset: stage it in GDAL's in-memory file system
            Path stage = Path.of("/vsimem/dipmix-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tif");
            try {
                writeGeoTiff(stage, new String[0], grid, width, height, names, geo, meta, target);
                copyAsCog(stage, temp, target);
            } finally {
                gdal.Unlink(stage.toString());
            }
        });
    }

    /** "dipmix &lt;version&gt;" from the jar manifest, "dipmix dev" when run from classes. */
    static String softwareVersion() {
        String v = AbundanceWriter.class.getPackage().getImplementationVersion();
        return "dipmix " + (v == null ? "dev" : v);
    }

    private static void writeGeoTiff(Path file, String[] options, float[] grid, int width, int height,
                                     List<String> names, GeoReference geo, Map<String, String> metadata, Path shownAs) {
        int n = width * height;
        Dataset ds = GdalCreate.float32("GTiff", file, width, height, names.size(), options, shownAs);
        GdalCreate.fillAndClose(ds, shownAs, d -> {
            GdalCreate.describe(d, geo, metadata);
            float[] buf = new float[n];
            for (int k = 0; k < names.size(); k++) {
                Band band = d.GetRasterBand(k + 1);
                band.SetDescription(names.get(k));
                band.SetNoDataValue(NODATA);
                for (int i = 0; i < n; i++) {
                    float v = grid[k * n + i];
                    buf[i] = Float.isFinite(v) ? v : NODATA;
                }
                BandIo.write(band, 0, 0, width, height, buf, shownAs);
            }
        });
    }

    private static void copyAsCog(Path stage, Path temp, Path shownAs) {
        Dataset src = GdalRuntime.open(stage.toString(), shownAs);
        try (QuietErrors q = QuietErrors.push()) {
            Dataset out = GdalCreate.driver("COG").CreateCopy(temp.toString(), src, 0, COG_OPTIONS);
            if (out == null) throw new RasterException("cannot write " + shownAs + " as COG: " + q.lastError("GDAL refused"));
            out.delete();
        } finally {
            src.delete();
        }
    }
}
