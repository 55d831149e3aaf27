package dipmix.raster;

import dipmix.cube.SpectralInfo;
import java.nio.file.Path;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds band centres, widths and declared bad bands in the three places GDAL exposes them, first match wins:
 * the ENVI header (domain "ENVI": wavelength, wavelength_units, fwhm, bbl), per-band metadata
 * (wavelength, wavelength_units, fwhm) and GDAL's IMAGERY domain (CENTRAL_WAVELENGTH_UM, FWHM_UM).
 */
final class SpectralMetadataReader {
    private static final Logger LOG = LoggerFactory.getLogger(SpectralMetadataReader.class);
    private static final String ENVI = "ENVI";
    private static final String IMAGERY = "IMAGERY";
    /** The unit guess is logged once per file, however often the file is opened. */
    private static final java.util.Set<Path> GUESSES_LOGGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param spectral wavelengths/FWHM in nm (or null) and the declared bad bands (bbl)
     * @param wavelengthUnits the unit the file stated, "... (assumed)" when guessed, null without wavelengths
     */
    record Result(SpectralInfo spectral, String wavelengthUnits) {
    }

    private SpectralMetadataReader() {
    }

    static Result read(Dataset ds, Path path) {
        int p = ds.GetRasterCount();
        double[] wl = null;
        double[] fwhm = null;
        String unit = null;
        String wlEnvi = ds.GetMetadataItem("wavelength", ENVI);
        if (wlEnvi != null) {
            wl = ofLength(EnviList.numbers(wlEnvi), p, "wavelength", path);
            unit = ds.GetMetadataItem("wavelength_units", ENVI);
            String f = ds.GetMetadataItem("fwhm", ENVI);
            if (f != null) fwhm = ofLength(EnviList.numbers(f), p, "fwhm", path);
        }
        if (wl == null) {
            wl = perBand(ds, "wavelength", "");
            if (wl != null) {
                unit = bandItem(ds, 1, "wavelength_units", "");
                fwhm = perBand(ds, "fwhm", "");
            }
        }
        if (wl == null) {
            wl = perBand(ds, "CENTRAL_WAVELENGTH_UM", IMAGERY);
            if (wl != null) {
                unit = "um";
                fwhm = perBand(ds, "FWHM_UM", IMAGERY);
            }
        }
        boolean[] bad = declaredBadBands(ds, p, path);
        if (wl == null) return new Result(new SpectralInfo(null, null, bad), null);
        WavelengthUnits.Converted c = WavelengthUnits.toNanometres(wl, unit);
        if (c.assumed() && GUESSES_LOGGED.add(path.toAbsolutePath().normalize())) {
            LOG.warn("{}: wavelengths have no usable unit ({}); taking them as {}", path,
                    unit == null ? "none stated" : "'" + unit + "'", c.unit());
        }
        double[] fwhmNm = fwhm == null ? null : WavelengthUnits.toNanometres(fwhm, c.unit()).nm();
        return new Result(new SpectralInfo(c.nm(), fwhmNm, bad), c.label());
    }

    /** ENVI's bbl: 1 = good, 0 = bad. */
    private static boolean[] declaredBadBands(Dataset ds, int p, Path path) {
        boolean[] bad = new boolean[p];
        String bbl = ds.GetMetadataItem("bbl", ENVI);
        double[] flags = bbl == null ? null : ofLength(EnviList.numbers(bbl), p, "bbl", path);
        if (flags != null) {
            for (int b = 0; b < p; b++) bad[b] = flags[b] == 0.0;
        }
        return bad;
    }

    /** One number per band from band metadata, or null unless every band has a number. */
    private static double[] perBand(Dataset ds, String key, String domain) {
        int p = ds.GetRasterCount();
        double[] out = new double[p];
        for (int b = 0; b < p; b++) {
            String v = bandItem(ds, b + 1, key, domain);
            if (v == null) return null;
            try {
                out[b] = Double.parseDouble(v.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static String bandItem(Dataset ds, int band, String key, String domain) {
        Band b = ds.GetRasterBand(band);
        return b.GetMetadataItem(key, domain);
    }

    private static double[] ofLength(double[] values, int p, String what, Path path) {
        if (values == null) {
            LOG.warn("{}: ignoring ENVI '{}': not a list of numbers", path, what);
            return null;
        }
        if (values.length != p) {
            LOG.warn("{}: ignoring ENVI '{}': {} values for {} bands", path, what, values.length, p);
            return null;
        }
        return values;
    }
}
