package dipmix.raster;

import dipmix.cube.HyperCube;
import dipmix.cube.SpectralInfo;
import dipmix.cube.Window;
import java.nio.file.Path;
import java.util.BitSet;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;

/**
 * Loads a raster GDAL can open as a {@link HyperCube}: float32 band-sequential samples with each band's
 * scale/offset applied; NaN where a sample was nodata, NaN or Inf; the validity mask and bad bands as
 * {@link ValidityScan} defines them (bands without a valid value are judged within the window read); wavelengths
 * in nm; georeferencing shifted to the window. Band names, when needed, come from
 * {@link RasterInspector#metadata(Path)}.
 */
public final class SceneReader {
    private SceneReader() {
    }

    /** The whole raster, within the configured {@link MemoryBudget}. */
    public static HyperCube read(Path path) {
        return read(path, null, MemoryBudget.configured());
    }

    /** A rectangle of the raster (null for all of it), within the configured {@link MemoryBudget}. */
    public static HyperCube read(Path path, Window window) {
        return read(path, window, MemoryBudget.configured());
    }

    /**
     * A rectangle of the raster (null for all of it).
     *
     * @throws RasterException when the file cannot be read, has a single band, the window lies outside it, or the
     *         read would need more than {@code budgetBytes} (checked before any pixel is read)
     */
    public static HyperCube read(Path path, Window window, long budgetBytes) {
        Dataset ds = GdalRuntime.openReadOnly(path);
        try {
            RasterMetadata meta = RasterInspector.metadata(ds, path).requireSpectral();
            Window win = window == null ? Window.whole(meta.width(), meta.height()) : window;
            if (!win.fitsIn(meta.width(), meta.height())) {
                throw new RasterException("window " + win.x() + "," + win.y() + " " + win.width() + "x" + win.height()
                        + " lies outside " + path + " (" + meta.width() + "x" + meta.height() + ")");
            }
            MemoryBudget.check(path, meta.bands(), win.width(), win.height(), budgetBytes);
            return load(ds, meta, win);
        } finally {
            ds.delete();
        }
    }

    /**
     * Bytes {@link #read(Path, Window, long)} would need for this window (null for the whole raster), from the
     * metadata alone: what tiling compares with {@link MemoryBudget#configured()}.
     */
    public static long requiredBytes(Path path, Window window) {
        RasterMetadata meta = RasterInspector.metadata(path);
        long pixels = window == null ? (long) meta.width() * meta.height() : window.pixelCount();
        return MemoryBudget.sceneBytes(meta.bands(), pixels);
    }

    private static HyperCube load(Dataset ds, RasterMetadata meta, Window win) {
        int p = meta.bands();
        int n = win.width() * win.height();
        float[] data = new float[p * n];
        float[] buf = new float[n];
        ValidityScan scan = new ValidityScan(n, meta.spectral().badBands());
        for (int b = 0; b < p; b++) {
            Band band = ds.GetRasterBand(b + 1);
            BandIo.read(band, win.x(), win.y(), win.width(), win.height(), buf, meta.path());
            scan.beginBand(b, RasterInspector.nodata(band));
            scan.samples(buf, 0, n);
            scan.endBand();
            double scale = valueOr(band::GetScale, 1.0);
            double offset = valueOr(band::GetOffset, 0.0);
            int base = b * n;
            for (int i = 0; i < n; i++) {
                float raw = buf[i];
                data[base + i] = scan.isInvalid(raw) ? Float.NaN : (float) (raw * scale + offset);
            }
        }
        BitSet valid = scan.validMask();
        SpectralInfo spectral = meta.spectral().withBadBands(scan.emptyBands());
        return new HyperCube(win.width(), win.height(), p, data, valid, spectral, meta.geo().shifted(win.x(), win.y()));
    }

    private static double valueOr(java.util.function.Consumer<Double[]> getter, double fallback) {
        Double[] v = new Double[1];
        getter.accept(v);
        return v[0] == null ? fallback : v[0];
    }
}
