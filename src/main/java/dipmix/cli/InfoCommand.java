package dipmix.cli;

import dipmix.cube.GeoReference;
import dipmix.raster.RasterInfo;
import dipmix.raster.RasterInspector;
import dipmix.raster.RasterMetadata;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dipmix info <raster>}: one JSON object describing a hyperspectral raster. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a raster's size, wavelengths (nm), bad bands, nodata, georeferencing and valid pixel"
                + " count as one JSON object.")
final class InfoCommand implements Callable<Integer> {
    /** What GDAL reports for a raster without a geotransform. */
    private static final double[] NO_GEOTRANSFORM = {0, 1, 0, 0, 0, 1};

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<raster>", description = "Any raster GDAL opens (GeoTIFF, ENVI, ...).")
    private Path raster;

    @Override
    public Integer call() {
        RasterInfo info = RasterInspector.inspect(raster);
        info.metadata().requireSpectral();
        spec.commandLine().getOut().println(Json.write(toJson(info)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The info object; bad bands are 1-based band numbers as GDAL and QGIS count them. */
    static Map<String, Object> toJson(RasterInfo info) {
        RasterMetadata m = info.metadata();
        GeoReference geo = m.geo();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("path", m.path().toString());
        j.put("driver", m.driver());
        j.put("width", m.width());
        j.put("height", m.height());
        j.put("bands", m.bands());
        j.put("wavelengths", m.spectral().wavelengthsNm());
        j.put("wavelengthUnits", m.wavelengthUnits());
        j.put("badBands", Arrays.stream(info.badBands()).map(b -> b + 1).toArray());
        j.put("nodata", m.nodata() == null ? null : m.nodata().isNaN() ? "NaN" : m.nodata());
        j.put("crs", geo.crsWkt());
        j.put("epsg", geo.epsg());
        j.put("geotransform", geo.geoTransform() == null ? NO_GEOTRANSFORM : geo.geoTransform());
        j.put("validPixels", info.validPixels());
        j.put("bandNames", m.bandNames());
        return j;
    }
}
