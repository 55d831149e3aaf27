package dipmix.jobs;

/**
 * The processes `dipmix serve` offers. The unmixing processes (unmix, extract-endmembers,
 * estimate-endmember-count) are registered here next to {@code echo}.
 */
public final class StandardProcesses {
    private StandardProcesses() { }

    /** A new catalogue with every standard process. */
    public static ProcessCatalogue catalogue() {
        return new ProcessCatalogue().register(EchoProcess.definition(), EchoProcess.runner());
    }
}
