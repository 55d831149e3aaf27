package dipmix.raster;

import dipmix.cube.GeoReference;
import dipmix.cube.SpectralInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * What a raster says about itself, read without touching its pixels.
 *
 * @param path the file
 * @param driver GDAL's short driver name (GTiff, ENVI, ...)
 * @param width columns
 * @param height rows
 * @param bands band count
 * @param spectral wavelengths/FWHM in nm (or null) and the bands the file declares bad (ENVI bbl)
 * @param wavelengthUnits the unit the file stated ("nm", "um", ...), "... (assumed)" when guessed, null without
 *        wavelengths
 * @param nodata the first band's nodata value, or null
 * @param geo georeferencing (geotransform null when the raster has none)
 * @param bandNames band descriptions (material names for abundance rasters), or null when no band has one
 */
public record RasterMetadata(Path path, String driver, int width, int height, int bands, SpectralInfo spectral,
                             String wavelengthUnits, Double nodata, GeoReference geo, List<String> bandNames) {
    public RasterMetadata {
        bandNames = bandNames == null ? null : List.copyOf(bandNames);
    }

    /** Throws unless this raster can be a hyperspectral scene (at least two bands). */
    public RasterMetadata requireSpectral() {
        if (bands < 2) {
            throw new RasterException("a hyperspectral scene needs at least 2 bands, " + path + " has " + bands);
        }
        return this;
    }
}
