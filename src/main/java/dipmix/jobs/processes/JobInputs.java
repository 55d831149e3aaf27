package dipmix.jobs.processes;

import dipmix.jobs.Href;
import dipmix.jobs.InputResolver;
import dipmix.jobs.JobContext;
import dipmix.raster.RasterCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Turns checked process inputs into files the pipeline reads: raster hrefs and endmember libraries. */
final class JobInputs {
    /** Endmember libraries are small tables; anything bigger is a mistake or an attack. */
    static final long MAX_LIBRARY_BYTES = 16L << 20;

    private JobInputs() {
    }

    /** A local path for a raster href: the confined data-dir file, or a local copy of a URL (read via /vsicurl/). */
    static Path raster(JobContext ctx, Object input) throws IOException {
        String href = ((Href) input).href();
        if (!InputResolver.isRemote(href)) return ctx.resolver().localFile(href);
        ctx.monitor().stage("fetching " + href);
        Path dir = Files.createDirectories(ctx.workDir().resolve("input"));
        String name = href.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
        if (name.isBlank()) name = "input";
        return RasterCopy.toGeoTiff(ctx.resolver().rasterSource(href), dir.resolve(name.replaceAll("\\.[^.]*$", "") + ".tif"));
    }

    /**
     * Writes the {@code library} input as a CSV file in the job folder. Accepted: an href to a CSV, the CSV text
     * inline, or JSON {"wavelength_nm": [...], "<material>": [...], ...}.
     */
    static Path library(JobContext ctx, Object value) throws IOException {
        String csv;
        if (value instanceof Href h) {
            csv = ctx.resolver().readText(h.href(), MAX_LIBRARY_BYTES);
        } else if (value instanceof String s) {
            csv = s;
        } else if (value instanceof Map<?, ?> m) {
            csv = jsonToCsv(m);
        } else {
            throw new IllegalArgumentException("input 'library' must be CSV text, a JSON table or an href");
        }
        Path dir = Files.createDirectories(ctx.workDir().resolve("input"));
        return Files.writeString(dir.resolve("library.csv"), csv);
    }

    private static String jsonToCsv(Map<?, ?> table) {
        Object wl = table.get("wavelength_nm");
        if (!(wl instanceof List<?> wavelengths)) {
            throw new IllegalArgumentException("input 'library' as JSON needs a \"wavelength_nm\" array");
        }
        StringBuilder sb = new StringBuilder("wavelength_nm");
        List<String> names = table.keySet().stream().map(Object::toString).filter(k -> !k.equals("wavelength_nm")).toList();
        if (names.isEmpty()) throw new IllegalArgumentException("input 'library' has no material column");
        for (String n : names) sb.append(',').append(n.contains(",") ? '"' + n.replace("\"", "\"\"") + '"' : n);
        sb.append('\n');
        for (int b = 0; b < wavelengths.size(); b++) {
            sb.append(number(wavelengths.get(b), "wavelength_nm", b));
            for (String n : names) {
                if (!(table.get(n) instanceof List<?> col) || col.size() != wavelengths.size()) {
                    throw new IllegalArgumentException("input 'library': material '" + n + "' needs "
                            + wavelengths.size() + " values, one per wavelength");
                }
                sb.append(',').append(number(col.get(b), n, b));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String number(Object v, String column, int row) {
        if (v instanceof Number n) return String.valueOf(n);
        throw new IllegalArgumentException("input 'library': value " + (row + 1) + " of '" + column + "' is not a number");
    }
}
