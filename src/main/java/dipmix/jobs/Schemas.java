package dipmix.jobs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builders for the JSON-schema fragments used in process descriptions. Each call returns a new mutable node, so a
 * caller can add keywords ({@code default}, {@code description}) before handing it to an {@link InputDescription}.
 */
public final class Schemas {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Schemas() { }

    /** {"type":"string"}. */
    public static ObjectNode string() {
        return F.objectNode().put("type", "string");
    }

    /** {"type":"string","enum":[...]} */
    public static ObjectNode stringEnum(String... values) {
        ObjectNode s = string();
        ArrayNode e = s.putArray("enum");
        for (String v : values) e.add(v);
        return s;
    }

    /** {"type":"number"}. */
    public static ObjectNode number() {
        return F.objectNode().put("type", "number");
    }

    /** {"type":"number","minimum":min,"maximum":max}. */
    public static ObjectNode number(double min, double max) {
        return number().put("minimum", min).put("maximum", max);
    }

    /** {"type":"integer","minimum":min,"maximum":max}. */
    public static ObjectNode integer(long min, long max) {
        return F.objectNode().put("type", "integer").put("minimum", min).put("maximum", max);
    }

    /** {"type":"boolean"}. */
    public static ObjectNode bool() {
        return F.objectNode().put("type", "boolean");
    }

    /** {"type":"object"} (any members). */
    public static ObjectNode object() {
        return F.objectNode().put("type", "object");
    }

    /** A file in one of the given media types, passed by reference: {"type":"string","contentMediaType":...}. */
    public static ObjectNode file(String mediaType) {
        return string().put("contentEncoding", "binary").put("contentMediaType", mediaType);
    }

    /** {"type":[...]}: a value of any of these types (a library as CSV text or a JSON table). */
    public static ObjectNode types(String... names) {
        ObjectNode s = F.objectNode();
        ArrayNode t = s.putArray("type");
        for (String n : names) t.add(n);
        return s;
    }
}
