package dipmix.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One output of a process.
 *
 * @param id          stable output id (clients rely on it)
 * @param title       short human title
 * @param description what it holds
 * @param schema      JSON schema of the value; for files use {@link Schemas#file(String)}
 */
public record OutputDescription(String id, String title, String description, ObjectNode schema) {
    public OutputDescription {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_.-]*")) throw new IllegalArgumentException("bad output id: " + id);
        if (schema == null) throw new IllegalArgumentException("output " + id + " needs a schema");
    }
}
