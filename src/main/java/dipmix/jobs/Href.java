package dipmix.jobs;

/**
 * An input given by reference ({"href": ...} or a plain string for a reference input). The validator has already
 * checked it against the data-dir confinement rules; resolve it with {@link InputResolver}.
 */
public record Href(String href) {
    public Href {
        if (href == null || href.isBlank()) throw new IllegalArgumentException("href must not be empty");
    }
}
