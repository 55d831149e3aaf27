package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads request bodies with a size limit (413) and a content-type check (415). */
final class RequestBodies {
    private RequestBodies() { }

    /** The whole body, refusing more than {@code limit} bytes whether or not Content-Length was sent. */
    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw ApiProblem.tooLarge(limit);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw ApiProblem.tooLarge(limit);
            return b;
        } catch (IOException e) {
            throw ApiProblem.badRequest("could not read the request body: " + e.getMessage());
        }
    }

    /** Requires a JSON content type and parses the body. */
    static JsonNode json(Context ctx, long limit) {
        requireType(ctx, "json", "application/json");
        byte[] b = read(ctx, limit);
        try {
            JsonNode n = Respond.JSON.readTree(b);
            if (n == null || n.isMissingNode()) throw ApiProblem.badRequest("the request body is empty; send a JSON object");
            return n;
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    static void requireType(Context ctx, String fragment, String expected) {
        String ct = ctx.header("Content-Type");
        if (ct == null || !ct.toLowerCase(Locale.ROOT).contains(fragment)) {
            throw ApiProblem.unsupportedMediaType(ct == null ? "(none)" : ct, expected);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
