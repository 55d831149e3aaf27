package dipmix.jobs;

import dipmix.jobs.processes.EstimateEndmemberCountProcess;
import dipmix.jobs.processes.ExtractEndmembersProcess;
import dipmix.jobs.processes.UnmixProcess;

/**
 * The processes `dipmix serve` offers. The unmixing processes (unmix, extract-endmembers,
 * estimate-endmember-count) are registered here next to {@code echo}.
 */
public final class StandardProcesses {
    private StandardProcesses() { }

    /** A new catalogue with every standard process. */
    public static ProcessCatalogue catalogue() {
        return new ProcessCatalogue().register(EchoProcess.definition(), EchoProcess.runner())
                .register(UnmixProcess.definition(), UnmixProcess.runner())
                .register(ExtractEndmembersProcess.definition(), ExtractEndmembersProcess.runner())
                .register(EstimateEndmemberCountProcess.definition(), EstimateEndmemberCountProcess.runner());
    }
}
