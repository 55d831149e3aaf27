package dipmix.raster;

import dipmix.cube.HyperCube;
import dipmix.cube.SpectralInfo;
import java.nio.file.Path;
import java.util.Locale;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;

/**
 * Writes a {@link HyperCube} as Float32 GeoTIFF or ENVI with its georeferencing, wavelengths (nm), FWHM and bad
 * bands, so that {@link SceneReader} reads back the same cube. ENVI band names cannot hold ',' '{' '}': they
 * become ';' '(' ')'. GeoTIFF carries them as band metadata
 * (wavelength, wavelength_units, fwhm); ENVI in its header (wavelength, wavelength units, fwhm, bbl). The file
 * appears under its final name only once complete.
 */
public final class SceneWriter {
    private SceneWriter() {
    }

    /**
     * @param target the .tif, or for ENVI the .img (a .hdr target is taken for the .img beside it)
     * @throws RasterException when the folder is not writable or GDAL fails; nothing is left under the final name
     */
    public static void write(HyperCube cube, Path target, RasterFormat format, SceneWriteOptions options) {
        SceneWriteOptions opts = options == null ? SceneWriteOptions.DEFAULT : options;
        if (opts.bandNames() != null && opts.bandNames().size() != cube.bands()) {
            throw new IllegalArgumentException(opts.bandNames().size() + " band names for " + cube.bands() + " bands");
        }
        Path file = format == RasterFormat.ENVI ? AtomicOutput.withExtension(target, ".img") : target;
        String[] creation = format == RasterFormat.ENVI ? new String[]{"INTERLEAVE=BSQ", "SUFFIX=REPLACE"}
                : GdalCreate.GTIFF_OPTIONS;
        AtomicOutput.write(file, format.companions, temp -> {
            Dataset ds = GdalCreate.float32(format.driver, temp, cube.width(), cube.height(), cube.bands(), creation, file);
            GdalCreate.fillAndClose(ds, file, d -> fill(d, cube, format, opts, file));
            if (format == RasterFormat.ENVI) {
                EnviHeader.finish(AtomicOutput.withExtension(temp, ".hdr"), temp, file, cube.spectral());
            }
        });
    }

    private static void fill(Dataset ds, HyperCube cube, RasterFormat format, SceneWriteOptions opts, Path shownAs) {
        GdalCreate.describe(ds, cube.geo(), opts.metadata());
        SpectralInfo s = cube.spectral();
        double[] wl = s.wavelengthsNm();
        double[] fwhm = s.fwhmNm();
        int n = cube.pixels();
        float fill = opts.nodata() == null ? Float.NaN : opts.nodata().floatValue();
        float[] buf = new float[n];
        for (int b = 0; b < cube.bands(); b++) {
            Band band = ds.GetRasterBand(b + 1);
            String name = opts.bandNames() != null ? opts.bandNames().get(b)
                    : wl != null ? String.format(Locale.ROOT, "%.2f nm", wl[b]) : null;
            if (name != null) band.SetDescription(format == RasterFormat.ENVI ? EnviList.safeItem(name) : name);
            if (format == RasterFormat.GTIFF && wl != null) {
                band.SetMetadataItem("wavelength", EnviList.formatNumber(wl[b]));
                band.SetMetadataItem("wavelength_units", "nm");
                if (fwhm != null) band.SetMetadataItem("fwhm", EnviList.formatNumber(fwhm[b]));
            }
            if (opts.nodata() != null) band.SetNoDataValue(opts.nodata());
            System.arraycopy(cube.data(), b * n, buf, 0, n);
            for (int i = 0; i < n; i++) if (!cube.isValid(i)) buf[i] = fill;
            BandIo.write(band, 0, 0, cube.width(), cube.height(), buf, shownAs);
        }
        if (format == RasterFormat.GTIFF && s.badBandIndices().length > 0) {
            // GeoTIFF has no bad-band list of its own: keep ENVI's, which SpectralMetadataReader reads from any driver
            ds.SetMetadataItem("bbl", EnviHeader.bbl(s), "ENVI");
        }
    }
}
