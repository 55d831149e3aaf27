package dipmix.raster;

import dipmix.cube.GeoReference;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what styling and cataloguing an existing raster need, without its pixels: footprint, band names, data type
 * and nodata value.
 */
public final class FootprintReader {
    /**
     * @param footprint size, georeference and WGS 84 corners
     * @param bandNames band descriptions in band order ("" where a band has none)
     * @param gdalDataType GDAL's name of the first band's type, e.g. "Float32", "Byte"
     * @param nodata the first band's nodata value, or null
     */
    public record Summary(Footprint footprint, List<String> bandNames, String gdalDataType, Double nodata) {
    }

    private FootprintReader() {
    }

    /**
     * Opens {@code raster} read-only and summarises it.
     *
     * @throws IllegalArgumentException when GDAL cannot open it (the message carries GDAL's)
     */
    public static Summary read(Path raster) {
        GdalRuntime.ensure();
        Dataset ds = gdal.Open(raster.toString());
        if (ds == null) {
            throw new IllegalArgumentException("cannot open raster " + raster + ": " + gdal.GetLastErrorMsg());
        }
        try {
            String wkt = ds.GetProjectionRef();
            double[] gt = new double[6];
            ds.GetGeoTransform(gt);
            boolean hasGeoTransform = !(gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0
                    && gt[5] == 1); // GDAL's answer for "none"
            GeoReference geo = new GeoReference(hasGeoTransform ? gt : null,
                    wkt == null || wkt.isBlank() ? null : wkt, null);
            Footprint fp = Footprint.of(geo, ds.getRasterXSize(), ds.getRasterYSize());
            List<String> names = new ArrayList<>();
            for (int b = 1; b <= ds.getRasterCount(); b++) {
                String d = ds.GetRasterBand(b).GetDescription();
                names.add(d == null ? "" : d);
            }
            Band first = ds.GetRasterBand(1);
            Double[] nodata = new Double[1];
            first.GetNoDataValue(nodata);
            return new Summary(fp, List.copyOf(names), gdal.GetDataTypeName(first.getDataType()), nodata[0]);
        } finally {
            ds.delete();
        }
    }
}
