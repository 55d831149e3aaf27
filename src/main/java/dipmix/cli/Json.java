package dipmix.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON the commands print on stdout, keys in insertion order. */
final class Json {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** One pretty-printed object (info, estimate-r). */
    static String write(Object value) {
        return serialise(PRETTY, value);
    }

    /** One line, for output that scripts read line by line (unmix's summary and metrics lines). */
    static String writeCompact(Object value) {
        return serialise(COMPACT, value);
    }

    private static String serialise(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
