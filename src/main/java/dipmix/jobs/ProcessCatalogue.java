package dipmix.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The processes a server offers, in registration order. Thread-safe for reads after registration. */
public final class ProcessCatalogue {
    /** A definition with its code. */
    public record Entry(ProcessDefinition definition, ProcessRunner runner) { }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Adds a process; IllegalArgumentException when its id is taken. */
    public synchronized ProcessCatalogue register(ProcessDefinition definition, ProcessRunner runner) {
        if (definition == null || runner == null) throw new IllegalArgumentException("definition and runner are required");
        if (entries.containsKey(definition.id())) {
            throw new IllegalArgumentException("process id already registered: " + definition.id());
        }
        entries.put(definition.id(), new Entry(definition, runner));
        return this;
    }

    /** The process with this id. */
    public synchronized Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** All definitions in registration order. */
    public synchronized List<ProcessDefinition> definitions() {
        List<ProcessDefinition> out = new ArrayList<>();
        for (Entry e : entries.values()) out.add(e.definition());
        return out;
    }
}
