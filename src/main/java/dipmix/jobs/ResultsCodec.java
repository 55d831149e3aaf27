package dipmix.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Converts a runner's outputs to the stored results JSON: {"id": {"value": v}} for values and
 * {"id": {"file": "relative/path", "type": "media/type"}} for {@link OutputFile}s, checking both against the
 * process definition and the job directory.
 */
final class ResultsCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultsCodec() { }

    static String encode(ProcessDefinition def, Path workDir, Map<String, Object> outputs) {
        ObjectNode root = MAPPER.createObjectNode();
        if (outputs == null) return root.toString();
        for (Map.Entry<String, Object> e : outputs.entrySet()) {
            if (def.output(e.getKey()).isEmpty()) {
                throw new IllegalStateException("process " + def.id() + " returned undeclared output " + e.getKey());
            }
            ObjectNode o = root.putObject(e.getKey());
            if (e.getValue() instanceof OutputFile f) {
                if (!Files.isRegularFile(workDir.resolve(f.path()))) {
                    throw new IllegalStateException("process " + def.id() + " returned missing file " + f.path());
                }
                o.put("file", f.path()).put("type", f.mediaType());
            } else {
                o.set("value", MAPPER.valueToTree(e.getValue() instanceof Href h ? Map.of("href", h.href()) : e.getValue()));
            }
        }
        return root.toString();
    }

    /** Inputs as request-form JSON (hrefs back to {"href": ...}), for storage and re-validation. */
    static String encodeInputs(Map<String, Object> inputs) {
        ObjectNode root = MAPPER.createObjectNode();
        inputs.forEach((k, v) -> root.set(k, MAPPER.valueToTree(v instanceof Href h ? Map.of("href", h.href()) : v)));
        return root.toString();
    }

    static JsonNode parse(String json) {
        try {
            return json == null ? MAPPER.createObjectNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored JSON: " + e.getOriginalMessage(), e);
        }
    }
}
