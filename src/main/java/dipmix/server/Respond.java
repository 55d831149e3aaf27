package dipmix.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.Locale;

/** Writes JSON, negotiated JSON-or-HTML and problem-details responses, and builds absolute URLs. */
final class Respond {
    static final ObjectMapper JSON = new ObjectMapper();

    private Respond() { }

    /** True when the client asked for HTML: f=html, or an Accept header preferring text/html over JSON. */
    static boolean wantsHtml(Context ctx) {
        String f = ctx.queryParam("f");
        if (f != null) {
            if (f.equals("html")) return true;
            if (f.equals("json")) return false;
            throw ApiProblem.badRequest("parameter f must be 'json' or 'html', got '" + f + "'");
        }
        String accept = ctx.header("Accept");
        if (accept == null) return false;
        String a = accept.toLowerCase(Locale.ROOT);
        int html = a.indexOf("text/html");
        int json = a.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }

    static void json(Context ctx, int status, JsonNode body, String contentType) {
        ctx.status(status).contentType(contentType).result(write(body));
    }

    static void json(Context ctx, int status, JsonNode body) {
        json(ctx, status, body, "application/json");
    }

    /** JSON or HTML, as negotiated. */
    static void negotiated(Context ctx, String title, JsonNode body) {
        if (wantsHtml(ctx)) ctx.status(200).contentType("text/html; charset=utf-8").result(Html.page(title, body));
        else json(ctx, 200, body);
    }

    static void problem(Context ctx, ApiProblem p) {
        ObjectNode n = JSON.createObjectNode().put("type", p.type()).put("title", p.title())
                .put("status", p.status()).put("detail", p.getMessage());
        n.put("instance", ctx.path());
        ctx.status(p.status()).contentType("application/problem+json").result(write(n));
    }

    static final String PUBLIC_URL = "dipmix.publicUrl";

    /** The configured public URL, else the base URL as the client addressed it; no trailing slash. */
    static String base(Context ctx) {
        String configured = ctx.attribute(PUBLIC_URL);
        if (configured != null) return configured;
        String host = ctx.header("Host");
        if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) host = ctx.req().getLocalAddr() + ":" + ctx.port();
        return ctx.scheme() + "://" + host;
    }

    static ObjectNode link(String href, String rel, String type, String title) {
        ObjectNode l = JSON.createObjectNode().put("href", href).put("rel", rel);
        if (type != null) l.put("type", type);
        if (title != null) l.put("title", title);
        return l;
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
