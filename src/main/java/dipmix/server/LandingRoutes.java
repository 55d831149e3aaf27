package dipmix.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** GET /, /conformance and /api. */
final class LandingRoutes {
    static final String OAS_TYPE = "application/vnd.oai.openapi+json;version=3.0";

    private LandingRoutes() { }

    static void register(RoutesConfig r) {
        r.get("/", LandingRoutes::landing);
        r.get("/conformance", LandingRoutes::conformance);
        r.get("/api", ctx -> {
            if (Respond.wantsHtml(ctx)) Respond.negotiated(ctx, "OpenAPI document", OpenApiDocument.build(Respond.base(ctx)));
            else Respond.json(ctx, 200, OpenApiDocument.build(Respond.base(ctx)), OAS_TYPE);
        });
    }

    private static void landing(Context ctx) {
        String b = Respond.base(ctx);
        ObjectNode n = Respond.JSON.createObjectNode();
        n.put("title", "dipmix processing server")
                .put("description", "Hyperspectral unmixing (UnDIP, BUDDIP and classical methods) as OGC API - Processes and WPS 1.0.0");
        ArrayNode links = n.putArray("links");
        links.add(Respond.link(b + "/", "self", "application/json", "this document"));
        links.add(Respond.link(b + "/?f=html", "alternate", "text/html", "this document as HTML"));
        links.add(Respond.link(b + "/api", "service-desc", OAS_TYPE, "the API definition"));
        links.add(Respond.link(b + "/api?f=html", "service-doc", "text/html", "the API definition as HTML"));
        links.add(Respond.link(b + "/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance", "application/json", "conformance classes"));
        links.add(Respond.link(b + "/processes", "http://www.opengis.net/def/rel/ogc/1.0/processes", "application/json", "processes"));
        links.add(Respond.link(b + "/jobs", "http://www.opengis.net/def/rel/ogc/1.0/job-list", "application/json", "jobs"));
        links.add(Respond.link(b + "/wps?service=WPS&request=GetCapabilities", "alternate", "application/xml", "WPS 1.0.0 capabilities"));
        Respond.negotiated(ctx, "dipmix processing server", n);
    }

    private static void conformance(Context ctx) {
        ObjectNode n = Respond.JSON.createObjectNode();
        ArrayNode a = n.putArray("conformsTo");
        Conformance.CLASSES.forEach(a::add);
        Respond.negotiated(ctx, "Conformance", n);
    }
}
