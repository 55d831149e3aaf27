package dipmix.raster;

import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;

/**
 * Copies a raster GDAL can reach by name (a /vsicurl/ URL, say) into a local GeoTIFF, keeping its metadata,
 * so the rest of dipmix reads ordinary files. The copy is atomic like every other write.
 */
public final class RasterCopy {
    private RasterCopy() {
    }

    /** @param source a GDAL data source name such as "/vsicurl/https://host/scene.tif" */
    public static Path toGeoTiff(String source, Path target) {
        Dataset in = GdalRuntime.open(source, Path.of(source.replaceFirst("^/vsicurl/", "")));
        try {
            Driver gtiff = gdal.GetDriverByName("GTiff");
            AtomicOutput.write(target, java.util.List.of(), tmp -> {
                Dataset out = gtiff.CreateCopy(tmp.toString(), in, 0, new String[]{"COMPRESS=DEFLATE", "TILED=YES",
                        "BIGTIFF=IF_SAFER"});
                if (out == null) throw new RasterException("cannot copy " + source + ": " + gdal.GetLastErrorMsg());
                out.delete();
            });
            return target;
        } finally {
            in.delete();
        }
    }
}
