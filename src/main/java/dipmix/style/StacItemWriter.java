package dipmix.style;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.raster.Footprint;
import dipmix.raster.FootprintReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a STAC Item 1.0.0 (GeoJSON Feature) for one output GeoTIFF with the projection (v1.1.0), raster (v1.1.0)
 * and eo (v1.1.0) extensions.
 *
 * <p>bbox and geometry are the raster's four corners in EPSG:4326 (see {@link Footprint}); a raster without a CRS
 * gets {@code "geometry": null} and no bbox, as STAC allows, and {@code proj:epsg: null}. {@code proj:epsg} is the
 * CRS's EPSG code; without one the CRS goes to {@code proj:wkt2}. proj:transform is the geotransform in the Affine
 * order STAC uses, proj:shape is [rows, columns]. The GeoTIFF asset lists its bands with raster:bands (data type,
 * nodata) and eo:bands (the material names). Asset hrefs are relative to the Item's folder.
 */
public final class StacItemWriter {
    static final String STAC_VERSION = "1.0.0";
    static final List<String> EXTENSIONS = List.of(
            "https://stac-extensions.github.io/projection/v1.1.0/schema.json",
            "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
            "https://stac-extensions.github.io/eo/v1.1.0/schema.json");

    private StacItemWriter() {
    }

    /**
     * Reads {@code geotiff}'s footprint and bands with GDAL and writes the Item.
     *
     * @param item the Item JSON file to write
     * @param id the Item id
     * @param datetime the acquisition or production time (STAC requires one)
     * @param geotiff the data asset, keyed "data"
     * @param otherAssets styles, plots, CSV, report
     * @param properties extra properties (e.g. "dipmix:method"), written after the standard ones
     */
    public static Path write(Path item, String id, Instant datetime, Path geotiff, List<StacAsset> otherAssets,
                             Map<String, ?> properties) throws IOException {
        return write(item, id, datetime, geotiff, FootprintReader.read(geotiff), otherAssets, properties);
    }

    /** The same with the GeoTIFF's summary already read. */
    public static Path write(Path item, String id, Instant datetime, Path geotiff, FootprintReader.Summary summary,
                             List<StacAsset> otherAssets, Map<String, ?> properties) throws IOException {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a STAC Item needs an id");
        if (datetime == null) throw new IllegalArgumentException("a STAC Item needs a datetime");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Footprint fp = summary.footprint();
        ObjectNode root = json.createObjectNode();
        root.put("type", "Feature");
        root.put("stac_version", STAC_VERSION);
        ArrayNode ext = root.putArray("stac_extensions");
        EXTENSIONS.forEach(ext::add);
        root.put("id", id);
        double[][] ring = fp.wgs84Ring();
        if (ring == null) {
            root.putNull("geometry");
        } else {
            ObjectNode geometry = root.putObject("geometry");
            geometry.put("type", "Polygon");
            ArrayNode outer = geometry.putArray("coordinates").addArray();
            for (double[] p : ring) outer.addArray().add(p[0]).add(p[1]);
            ArrayNode bbox = root.putArray("bbox");
            for (double v : fp.bbox()) bbox.add(v);
        }
        ObjectNode props = root.putObject("properties");
        props.put("datetime", DateTimeFormatter.ISO_INSTANT.format(datetime));
        if (fp.epsg() != null) props.put("proj:epsg", fp.epsg());
        else props.putNull("proj:epsg");
        if (fp.epsg() == null && fp.wkt2() != null) props.put("proj:wkt2", fp.wkt2());
        double[] gt = fp.geo().geoTransform();
        if (gt != null) {
            props.putArray("proj:transform").add(gt[1]).add(gt[2]).add(gt[0]).add(gt[4]).add(gt[5]).add(gt[3]);
        }
        props.putArray("proj:shape").add(fp.height()).add(fp.width());
        if (properties != null) properties.forEach((k, v) -> props.set(k, json.valueToTree(v)));
        root.putArray("links");
        ObjectNode assets = root.putObject("assets");
        ObjectNode data = asset(assets, item, new StacAsset("data", geotiff, StacAsset.GEOTIFF, List.of("data"),
                "abundances"));
        ArrayNode rasterBands = data.putArray("raster:bands");
        ArrayNode eoBands = data.putArray("eo:bands");
        for (String name : summary.bandNames()) {
            ObjectNode b = rasterBands.addObject();
            b.put("data_type", stacDataType(summary.gdalDataType()));
            if (summary.nodata() != null) putNodata(b, summary.nodata());
            eoBands.addObject().put("name", name);
        }
        for (StacAsset a : otherAssets) {
            if (assets.has(a.key())) throw new IllegalArgumentException("duplicate STAC asset key '" + a.key() + "'");
            asset(assets, item, a);
        }
        json.writeValue(item.toFile(), root);
        return item;
    }

    private static ObjectNode asset(ObjectNode assets, Path item, StacAsset a) {
        ObjectNode node = assets.putObject(a.key());
        node.put("href", href(item, a.file()));
        if (a.mediaType() != null) node.put("type", a.mediaType());
        if (a.title() != null) node.put("title", a.title());
        ArrayNode roles = node.putArray("roles");
        a.roles().forEach(roles::add);
        return node;
    }

    // relative hrefs keep an output folder self-contained and movable; another file system root needs an absolute one
    static String href(Path item, Path file) {
        Path dir = item.toAbsolutePath().normalize().getParent();
        Path target = file.toAbsolutePath().normalize();
        if (dir == null || !target.getRoot().equals(dir.getRoot())) return target.toUri().toString();
        String rel = dir.relativize(target).toString().replace('\\', '/');
        return rel.startsWith("..") ? target.toUri().toString() : "./" + rel;
    }

    /** STAC raster data_type from GDAL's type name: "Byte" is uint8, the others are GDAL's name in lower case. */
    static String stacDataType(String gdalType) {
        return "Byte".equals(gdalType) ? "uint8" : gdalType.toLowerCase(Locale.ROOT);
    }

    private static void putNodata(ObjectNode band, double nodata) {
        // the raster extension spells non-finite nodata as strings
        if (Double.isNaN(nodata)) band.put("nodata", "nan");
        else if (Double.isInfinite(nodata)) band.put("nodata", nodata > 0 ? "inf" : "-inf");
        else band.put("nodata", nodata);
    }
}
