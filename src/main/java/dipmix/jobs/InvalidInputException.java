package dipmix.jobs;

/** A request input broke a rule of its process description; the server answers 400 with this message. */
public class InvalidInputException extends IllegalArgumentException {
    private final String inputId;
    private final String rule;

    public InvalidInputException(String inputId, String rule, String message) {
        super("input '" + inputId + "' " + message + " (rule: " + rule + ")");
        this.inputId = inputId;
        this.rule = rule;
    }

    /** The offending input id. */
    public String inputId() {
        return inputId;
    }

    /** The schema keyword or check that failed ("type", "minimum", "required", "confinement", ...). */
    public String rule() {
        return rule;
    }
}
