package dipmix.server;

import dipmix.jobs.JobManager;
import dipmix.jobs.JobRecord;
import dipmix.jobs.JobStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * GET and HEAD /jobs/{id}/files/{path}: the files a successful job wrote, with Accept-Ranges and single-range 206
 * answers so GDAL's /vsicurl/ reads GeoTIFFs in place. Side files GDAL probes for (.aux.xml, .ovr, .msk) always
 * answer 404 so it does not wait on or misread them.
 */
final class FileRoutes {
    private final JobManager jobs;

    FileRoutes(JobManager jobs) {
        this.jobs = jobs;
    }

    void register(RoutesConfig r) {
        r.get("/jobs/{id}/files/<path>", this::serve);
        r.head("/jobs/{id}/files/<path>", this::serve);
    }

    static boolean isSideFileProbe(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".aux.xml") || p.endsWith(".ovr") || p.endsWith(".msk");
    }

    private void serve(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String rel = ctx.pathParam("path");
        if (isSideFileProbe(rel)) throw ApiProblem.notFound("no side file " + rel);
        JobRecord j = jobs.get(id).orElseThrow(() -> ApiProblem.noSuchJob(id));
        if (j.status() != JobStatus.SUCCESSFUL) throw ApiProblem.notFound("job " + id + " has no files (status " + j.status().code() + ")");
        Path dir = jobs.jobDir(id).toAbsolutePath().normalize();
        Path f = dir.resolve(rel).normalize();
        if (!f.startsWith(dir) || !Files.isRegularFile(f) || !f.toRealPath().startsWith(dir.toRealPath())) {
            throw ApiProblem.notFound("job " + id + " has no file " + rel);
        }
        long size = Files.size(f);
        ByteRange range;
        try {
            range = ByteRange.parse(ctx.header("Range"), size);
        } catch (IllegalArgumentException e) {
            ctx.header("Content-Range", "bytes */" + size);
            throw new ApiProblem(416, "about:blank", "Range Not Satisfiable", e.getMessage() + " (file has " + size + " bytes)");
        }
        ctx.disableCompression();
        var res = ctx.res();
        res.setHeader("Accept-Ranges", "bytes");
        res.setHeader("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(Files.getLastModifiedTime(f).toInstant().atZone(java.time.ZoneOffset.UTC)));
        res.setContentType(mediaType(j, rel));
        long start = 0;
        long len = size;
        if (range != null) {
            res.setStatus(206);
            res.setHeader("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + size);
            start = range.start();
            len = range.length();
        } else {
            res.setStatus(200);
        }
        res.setContentLengthLong(len);
        if (ctx.method().name().equals("HEAD")) return;
        try (InputStream in = Files.newInputStream(f); OutputStream out = res.getOutputStream()) {
            in.skipNBytes(start);
            byte[] buf = new byte[64 * 1024];
            long left = len;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    /** The media type the process declared for this file, else one guessed from the extension. */
    private static String mediaType(JobRecord j, String rel) {
        try {
            var stored = Respond.JSON.readTree(j.results() == null ? "{}" : j.results());
            for (var o : stored) if (rel.equals(o.path("file").asText(null))) return o.get("type").asText();
        } catch (IOException ignored) {
            // fall back to the extension
        }
        String p = rel.toLowerCase(Locale.ROOT);
        if (p.endsWith(".tif") || p.endsWith(".tiff")) return "image/tiff; application=geotiff";
        if (p.endsWith(".csv")) return "text/csv";
        if (p.endsWith(".json")) return "application/json";
        if (p.endsWith(".png")) return "image/png";
        if (p.endsWith(".qml") || p.endsWith(".xml")) return "application/xml";
        if (p.endsWith(".html")) return "text/html";
        return "application/octet-stream";
    }
}
