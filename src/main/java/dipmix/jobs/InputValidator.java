package dipmix.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's inputs against a {@link ProcessDefinition} and converts them to the Java values a
 * {@link ProcessRunner} receives. Supported schema keywords: type (string, number, integer, boolean, object, array,
 * or an array of these, e.g. ["string","object"] for a library given as CSV text or JSON),
 * enum, minimum, maximum, default. Qualified values ({"value": x, "mediaType": ...}) are unwrapped; {"href": ...}
 * is accepted only by reference inputs and checked with the {@link InputResolver} (confinement) before the job is
 * stored, so a bad path is a 400, not a failed job.
 */
public final class InputValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final InputResolver resolver;

    public InputValidator(InputResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param inputs the "inputs" member of an execute request (null or missing = no inputs)
     * @return validated values keyed by input id, defaults filled in, in definition order
     * @throws InvalidInputException naming the first offending input and rule
     */
    public Map<String, Object> validate(ProcessDefinition def, JsonNode inputs) {
        if (inputs != null && !inputs.isNull() && !inputs.isObject()) {
            throw new InvalidInputException("inputs", "type", "must be a JSON object keyed by input id");
        }
        if (inputs != null && inputs.isObject()) {
            for (Iterator<String> it = inputs.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (def.input(name).isEmpty()) {
                    throw new InvalidInputException(name, "unknown", "is not an input of process '" + def.id()
                            + "' (known: " + String.join(", ", def.inputs().stream().map(InputDescription::id).toList()) + ")");
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (InputDescription in : def.inputs()) {
            JsonNode v = inputs == null ? null : inputs.get(in.id());
            if (v == null || v.isNull()) {
                JsonNode dflt = in.schema().get("default");
                if (dflt != null) out.put(in.id(), convert(in, dflt));
                else if (in.minOccurs() > 0) throw new InvalidInputException(in.id(), "required", "is required");
                continue;
            }
            out.put(in.id(), convert(in, v));
        }
        return out;
    }

    private Object convert(InputDescription in, JsonNode v) {
        if (v.isArray() && !allows(in, "array") && v.size() == 1) v = v.get(0); // maxOccurs-style wrapping
        if (v.isObject() && v.has("href")) {
            if (!in.reference()) throw new InvalidInputException(in.id(), "reference", "does not accept an href");
            return href(in, v.get("href").asText());
        }
        // qualified value {"value": x, "mediaType": ...}; for object inputs only when it is clearly a wrapper
        if (v.isObject() && v.has("value") && (!allows(in, "object") || v.has("mediaType") || v.has("encoding"))) {
            v = v.get("value");
        }
        if (in.reference() && v.isTextual() && in.schema().has("contentMediaType")) return href(in, v.asText());
        checkSchema(in, v);
        // one Java type per schema type, whatever the JSON spelling (4 vs 4.0)
        if ("integer".equals(type(in))) return v.asLong();
        if ("number".equals(type(in))) return v.asDouble();
        return toJava(v);
    }

    private Href href(InputDescription in, String href) {
        try {
            resolver.check(href);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(in.id(), "confinement", e.getMessage());
        }
        return new Href(href);
    }

    private static String type(InputDescription in) {
        JsonNode t = in.schema().get("type");
        return t == null || !t.isTextual() ? null : t.asText();
    }

    /** True when the schema's type (a name or an array of names) includes this one. */
    private static boolean allows(InputDescription in, String name) {
        JsonNode t = in.schema().get("type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode e : t) if (e.asText().equals(name)) return true;
            return false;
        }
        return t.asText().equals(name);
    }

    private static boolean matches(String type, JsonNode v) {
        return switch (type) {
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> true;
        };
    }

    private static void checkSchema(InputDescription in, JsonNode v) {
        JsonNode type = in.schema().get("type");
        if (type != null) {
            boolean ok = false;
            if (type.isArray()) for (JsonNode t : type) ok |= matches(t.asText(), v);
            else ok = matches(type.asText(), v);
            if (!ok) {
                throw new InvalidInputException(in.id(), "type", "must be of type " + (type.isArray() ? type.toString() : type.asText())
                        + ", got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        JsonNode en = in.schema().get("enum");
        if (en != null && en.isArray()) {
            boolean found = false;
            for (JsonNode e : en) found |= e.equals(v) || (e.isNumber() && v.isNumber() && e.asDouble() == v.asDouble());
            if (!found) throw new InvalidInputException(in.id(), "enum", "must be one of " + en + ", got " + v);
        }
        JsonNode min = in.schema().get("minimum");
        if (min != null && v.isNumber() && v.asDouble() < min.asDouble()) {
            throw new InvalidInputException(in.id(), "minimum", "must be >= " + min.asText() + ", got " + v.asText());
        }
        JsonNode max = in.schema().get("maximum");
        if (max != null && v.isNumber() && v.asDouble() > max.asDouble()) {
            throw new InvalidInputException(in.id(), "maximum", "must be <= " + max.asText() + ", got " + v.asText());
        }
    }

    /** JSON to plain Java: String, Long, Double, Boolean, Map, List. */
    static Object toJava(JsonNode v) {
        if (v.isTextual()) return v.asText();
        if (v.isIntegralNumber()) return v.asLong();
        if (v.isNumber()) return v.asDouble();
        if (v.isBoolean()) return v.asBoolean();
        if (v.isObject()) return MAPPER.convertValue(v, Map.class);
        if (v.isArray()) return MAPPER.convertValue(v, List.class);
        return null;
    }
}
