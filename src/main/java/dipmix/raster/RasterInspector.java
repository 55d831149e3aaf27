package dipmix.raster;

import dipmix.cube.GeoReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;

/** Answers questions about a raster without loading it whole. */
public final class RasterInspector {
    /** Samples per strip when scanning a band: bounds memory to ~64 MB whatever the raster size. */
    private static final int STRIP_SAMPLES = 1 << 24;

    private RasterInspector() {
    }

    /** Reads the metadata only (no pixel access). Throws RasterException for a missing or unreadable file. */
    public static RasterMetadata metadata(Path path) {
        Dataset ds = GdalRuntime.openReadOnly(path);
        try {
            return metadata(ds, path);
        } finally {
            ds.delete();
        }
    }

    /**
     * Metadata plus bad bands and the valid pixel count, scanning the pixels band by band in row strips
     * (memory stays bounded for any raster size).
     */
    public static RasterInfo inspect(Path path) {
        Dataset ds = GdalRuntime.openReadOnly(path);
        try {
            RasterMetadata meta = metadata(ds, path);
            int w = meta.width();
            int h = meta.height();
            long n = (long) w * h;
            if (n > Integer.MAX_VALUE) throw new RasterException(path + " has too many pixels to scan: " + n);
            ValidityScan scan = new ValidityScan((int) n, meta.spectral().badBands());
            int rowsPerStrip = Math.max(1, Math.min(h, STRIP_SAMPLES / w));
            float[] buf = new float[rowsPerStrip * w];
            for (int b = 0; b < meta.bands(); b++) {
                Band band = ds.GetRasterBand(b + 1);
                scan.beginBand(b, nodata(band));
                for (int y = 0; y < h; y += rowsPerStrip) {
                    int rows = Math.min(rowsPerStrip, h - y);
                    BandIo.read(band, 0, y, w, rows, buf, path);
                    scan.samples(buf, y * w, rows * w);
                }
                scan.endBand();
            }
            boolean[] declared = meta.spectral().badBands();
            boolean[] empty = scan.emptyBands();
            int[] bad = IntStream.range(0, meta.bands()).filter(b -> declared[b] || empty[b]).toArray();
            return new RasterInfo(meta, bad, scan.validMask().cardinality());
        } finally {
            ds.delete();
        }
    }

    static RasterMetadata metadata(Dataset ds, Path path) {
        SpectralMetadataReader.Result spectral = SpectralMetadataReader.read(ds, path);
        GeoReference geo = GeoReferences.read(ds);
        return new RasterMetadata(path, ds.GetDriver().getShortName(), ds.GetRasterXSize(), ds.GetRasterYSize(),
                ds.GetRasterCount(), spectral.spectral(), spectral.wavelengthUnits(),
                nodata(ds.GetRasterBand(1)), geo, bandNames(ds));
    }

    static Double nodata(Band band) {
        Double[] v = new Double[1];
        band.GetNoDataValue(v);
        return v[0];
    }

    /**
     * Band descriptions; for ENVI the header's "band names" as written, since GDAL appends the wavelength to the
     * descriptions it derives from them.
     */
    private static List<String> bandNames(Dataset ds) {
        String envi = ds.GetMetadataItem("band_names", "ENVI");
        if (envi != null) {
            List<String> items = EnviList.items(envi);
            if (items.size() == ds.GetRasterCount()) return items;
        }
        List<String> names = new ArrayList<>();
        boolean any = false;
        for (int b = 1; b <= ds.GetRasterCount(); b++) {
            String d = ds.GetRasterBand(b).GetDescription();
            names.add(d == null ? "" : d);
            any |= d != null && !d.isBlank();
        }
        return any ? names : null;
    }
}
