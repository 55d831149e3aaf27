package dipmix.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * POST /uploads?name=scene.tif with the raw file as body (any content type but JSON/form): stores it under
 * {@code <data-dir>/uploads/<uuid>/<name>} and answers 201 {"href": "uploads/<uuid>/<name>"}, an href every
 * process input accepts. For clients that do not share the server's file system. Single-file formats only
 * (GeoTIFF); the size limit is enforced while streaming, and a partial file is removed.
 */
final class UploadRoutes {
    private final Path dataDir;
    private final long limit;
    private final ApiKeyGuard guard;

    UploadRoutes(Path dataDir, long limit, ApiKeyGuard guard) {
        this.dataDir = dataDir;
        this.limit = limit;
        this.guard = guard;
    }

    void register(RoutesConfig r) {
        r.post("/uploads", this::upload);
    }

    /** Removes uploads last modified before the cutoff (they share the jobs' retention); returns how many. */
    int removeExpired(java.time.Instant cutoff) throws IOException {
        Path root = dataDir.resolve("uploads");
        if (!Files.isDirectory(root)) return 0;
        int n = 0;
        try (var dirs = Files.list(root)) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                if (!d.getFileName().toString().matches("[0-9a-f-]{36}") || !Files.isDirectory(d)) continue;
                if (Files.getLastModifiedTime(d).toInstant().isBefore(cutoff)) {
                    try (var files = Files.list(d)) {
                        for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(d);
                    n++;
                }
            }
        }
        return n;
    }

    private void upload(Context ctx) throws IOException {
        guard.require(ctx);
        String name = ctx.queryParam("name");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}") || name.contains("..")) {
            throw ApiProblem.badRequest("query parameter name must be a plain file name like scene.tif (letters, digits, . _ -), got '" + name + "'");
        }
        String ct = ctx.header("Content-Type");
        if (ct != null && (ct.contains("json") || ct.contains("form"))) {
            throw ApiProblem.unsupportedMediaType(ct, "the raw file bytes (application/octet-stream or image/tiff)");
        }
        if (ctx.req().getContentLengthLong() > limit) throw ApiProblem.tooLarge(limit);
        String id = UUID.randomUUID().toString();
        Path dir = dataDir.resolve("uploads").resolve(id);
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        long total = 0;
        try (InputStream in = ctx.req().getInputStream(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) throw ApiProblem.tooLarge(limit);
                out.write(buf, 0, n);
            }
        } catch (ApiProblem | IOException e) {
            Files.deleteIfExists(target);
            Files.deleteIfExists(dir);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(target);
            Files.deleteIfExists(dir);
            throw ApiProblem.badRequest("the upload is empty");
        }
        String href = "uploads/" + id + "/" + name;
        ObjectNode n = Respond.JSON.createObjectNode().put("href", href).put("size", total);
        Respond.json(ctx, 201, n);
    }
}
