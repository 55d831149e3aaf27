package dipmix.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a process is and accepts: the content of an OGC process description.
 *
 * @param id               stable process id, lower case ("unmix")
 * @param title            short title
 * @param description      what it does
 * @param version          process version (semantic, "1.0.0")
 * @param jobControl       allowed execution modes; async-only processes answer 201 even without Prefer
 * @param inputs           input descriptions in display order, unique ids
 * @param outputs          output descriptions in display order, unique ids
 */
public record ProcessDefinition(String id, String title, String description, String version,
                                Set<JobControl> jobControl, List<InputDescription> inputs,
                                List<OutputDescription> outputs) {
    public ProcessDefinition {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("bad process id: " + id);
        if (jobControl == null || !(jobControl.contains(JobControl.SYNC_EXECUTE)
                || jobControl.contains(JobControl.ASYNC_EXECUTE))) {
            throw new IllegalArgumentException("process " + id + " must allow sync-execute or async-execute");
        }
        jobControl = Set.copyOf(jobControl);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        requireUnique(id, "input", inputs.stream().map(InputDescription::id).toList());
        requireUnique(id, "output", outputs.stream().map(OutputDescription::id).toList());
    }

    private static void requireUnique(String process, String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String s : ids) {
            if (!seen.add(s)) throw new IllegalArgumentException("process " + process + " has duplicate " + what + " id " + s);
        }
    }

    /** The input with this id. */
    public Optional<InputDescription> input(String inputId) {
        return inputs.stream().filter(i -> i.id().equals(inputId)).findFirst();
    }

    /** The output with this id. */
    public Optional<OutputDescription> output(String outputId) {
        return outputs.stream().filter(o -> o.id().equals(outputId)).findFirst();
    }

    /** Allowed execution modes in a stable order (sync, async, dismiss). */
    public List<JobControl> jobControlOrdered() {
        List<JobControl> out = new ArrayList<>();
        for (JobControl c : JobControl.values()) if (jobControl.contains(c)) out.add(c);
        return out;
    }
}
