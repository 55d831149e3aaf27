package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Renders any JSON response as a plain HTML page (nested definition lists, links clickable), so every JSON resource
 * also has an HTML view without per-page templates. All text is escaped.
 */
final class Html {
    private Html() { }

    static String page(String title, JsonNode body) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif;margin:2em}dt{font-weight:bold}dd{margin-left:1.5em}</style>")
                .append("</head><body><h1>").append(escape(title)).append("</h1>");
        render(sb, body);
        return sb.append("</body></html>").toString();
    }

    private static void render(StringBuilder sb, JsonNode n) {
        if (n == null || n.isNull()) {
            sb.append("<em>null</em>");
        } else if (n.isObject()) {
            if (n.has("href") && n.get("href").isTextual()) {
                String label = n.has("title") ? n.get("title").asText() : n.has("rel") ? n.get("rel").asText() : n.get("href").asText();
                sb.append("<a href=\"").append(escape(n.get("href").asText())).append("\">").append(escape(label)).append("</a>");
                if (n.has("type")) sb.append(" <small>(").append(escape(n.get("type").asText())).append(")</small>");
                return;
            }
            sb.append("<dl>");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append("<dt>").append(escape(e.getKey())).append("</dt><dd>");
                render(sb, e.getValue());
                sb.append("</dd>");
            }
            sb.append("</dl>");
        } else if (n.isArray()) {
            sb.append("<ul>");
            for (JsonNode c : n) {
                sb.append("<li>");
                render(sb, c);
                sb.append("</li>");
            }
            sb.append("</ul>");
        } else {
            sb.append(escape(n.asText()));
        }
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
