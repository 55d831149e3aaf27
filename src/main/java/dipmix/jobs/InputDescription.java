package dipmix.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One input of a process.
 *
 * @param id          stable input id (clients rely on it)
 * @param title       short human title
 * @param description what it means, units and effect
 * @param schema      JSON schema of the value (see {@link Schemas}); a "default" keyword is applied when absent
 * @param minOccurs   0 = optional, 1 = required
 * @param reference   true when the value is a file given by href (a path relative to the data directory or an
 *                    http(s) URL); the validator then checks confinement and hands the runner an {@link Href}
 *                    (unless the client sent the value inline, which the schema must then allow)
 */
public record InputDescription(String id, String title, String description, ObjectNode schema, int minOccurs,
                               boolean reference) {
    public InputDescription {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) throw new IllegalArgumentException("bad input id: " + id);
        if (schema == null) throw new IllegalArgumentException("input " + id + " needs a schema");
        if (minOccurs < 0 || minOccurs > 1) throw new IllegalArgumentException("minOccurs must be 0 or 1, got " + minOccurs);
    }

    /** A required inline input. */
    public static InputDescription required(String id, String title, String description, ObjectNode schema) {
        return new InputDescription(id, title, description, schema, 1, false);
    }

    /** An optional inline input. */
    public static InputDescription optional(String id, String title, String description, ObjectNode schema) {
        return new InputDescription(id, title, description, schema, 0, false);
    }

    /** A copy that accepts (or requires) an href. */
    public InputDescription byReference() {
        return new InputDescription(id, title, description, schema, minOccurs, true);
    }
}
