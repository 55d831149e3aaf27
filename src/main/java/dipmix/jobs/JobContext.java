package dipmix.jobs;

import dipmix.unmix.Monitor;

import java.nio.file.Path;

/**
 * What a running process may use: its job id, a private working directory for output files, a {@link Monitor} that
 * turns iteration/stage calls into job progress and messages and reports dismissal, and the href resolver.
 */
public record JobContext(String jobId, Path workDir, Monitor monitor, InputResolver resolver) {
}
