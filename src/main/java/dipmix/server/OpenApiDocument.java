package dipmix.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.0 description of the OGC API - Processes routes, built as a JSON tree. It lists every path,
 * method, parameter and response code the server implements; bodies are described loosely (object) rather than
 * by the full OGC schemas, which clients fetch from the standard.
 */
final class OpenApiDocument {
    private OpenApiDocument() { }

    static ObjectNode build(String base) {
        ObjectNode doc = Respond.JSON.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "dipmix processing server").put("version", "1.0.0")
                .put("description", "Hyperspectral unmixing as OGC API - Processes (Part 1, 1.0) and WPS 1.0.0");
        doc.putArray("servers").addObject().put("url", base);
        ObjectNode paths = doc.putObject("paths");
        get(paths, "/", "Landing page", false);
        get(paths, "/conformance", "Conformance classes", false);
        get(paths, "/api", "This document", false);
        get(paths, "/processes", "Process list", false);
        get(paths, "/processes/{processID}", "Process description", true);
        get(paths, "/jobs", "Job list (filters processID, status, type, datetime, limit, offset)", false);
        get(paths, "/jobs/{jobId}", "Job status (statusInfo)", true);
        get(paths, "/jobs/{jobId}/results", "Job results", true);
        get(paths, "/jobs/{jobId}/files/{path}", "A result file (GET/HEAD, Range)", true);
        ObjectNode exec = paths.putObject("/processes/{processID}/execution").putObject("post");
        exec.put("summary", "Execute a process (Prefer: respond-async for a job)").put("operationId", "execute");
        param(exec, "processID");
        exec.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
        responses(exec, "200", "201", "400", "401", "404", "413", "415", "500", "503");
        ObjectNode del = ((ObjectNode) paths.get("/jobs/{jobId}")).putObject("delete");
        del.put("summary", "Dismiss a job").put("operationId", "dismiss");
        param(del, "jobId");
        responses(del, "200", "401", "404");
        ObjectNode up = paths.putObject("/uploads").putObject("post");
        up.put("summary", "Upload a raster (raw body, ?name=file.tif); answers its href").put("operationId", "upload");
        up.putObject("requestBody").put("required", true).putObject("content").putObject("application/octet-stream")
                .putObject("schema").put("type", "string").put("format", "binary");
        responses(up, "201", "400", "401", "413");
        return doc;
    }

    private static void get(ObjectNode paths, String path, String summary, boolean hasParam) {
        ObjectNode op = paths.putObject(path).putObject("get");
        op.put("summary", summary).put("operationId", "get" + path.replaceAll("[^A-Za-z]", "_"));
        if (hasParam) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
            while (m.find()) param(op, m.group(1));
        }
        responses(op, "200", "404");
    }

    private static void param(ObjectNode op, String name) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", name).put("in", "path").put("required", true).putObject("schema").put("type", "string");
    }

    private static void responses(ObjectNode op, String... codes) {
        ObjectNode r = op.putObject("responses");
        for (String c : codes) {
            ObjectNode resp = r.putObject(c).put("description", "HTTP " + c);
            String type = c.startsWith("2") ? "application/json" : "application/problem+json";
            resp.putObject("content").putObject(type).putObject("schema").put("type", "object");
        }
    }
}
