package dipmix.jobs;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code echo} process the OGC conformance tests call: returns its string, number and object inputs unchanged
 * as stringOutput, doubleOutput and complexObjectOutput (absent inputs give absent outputs).
 */
public final class EchoProcess {
    private EchoProcess() { }

    /** The definition: sync and async execution and dismissal. */
    public static ProcessDefinition definition() {
        return new ProcessDefinition("echo", "Echo", "Returns its inputs unchanged; for conformance testing.", "1.0.0",
                EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.optional("stringInput", "String", "Any string", Schemas.string()),
                        InputDescription.optional("doubleInput", "Number", "Any number", Schemas.number()),
                        InputDescription.optional("complexObjectInput", "Object", "Any JSON object", Schemas.object())),
                List.of(new OutputDescription("stringOutput", "String", "The string input", Schemas.string()),
                        new OutputDescription("doubleOutput", "Number", "The number input", Schemas.number()),
                        new OutputDescription("complexObjectOutput", "Object", "The object input", Schemas.object())));
    }

    /** The runner. */
    public static ProcessRunner runner() {
        return (ctx, inputs) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            if (inputs.containsKey("stringInput")) out.put("stringOutput", inputs.get("stringInput"));
            if (inputs.containsKey("doubleInput")) out.put("doubleOutput", inputs.get("doubleInput"));
            if (inputs.containsKey("complexObjectInput")) out.put("complexObjectOutput", inputs.get("complexObjectInput"));
            return out;
        };
    }
}
