/**
 * Processes and their jobs, independent of any HTTP framework.
 *
 * <p>A process is a {@link dipmix.jobs.ProcessDefinition} (what it accepts and returns, as JSON schemas) plus a
 * {@link dipmix.jobs.ProcessRunner} (the code). Both are registered in a {@link dipmix.jobs.ProcessCatalogue}.
 * {@link dipmix.jobs.InputValidator} checks a request's inputs against the definition; {@link dipmix.jobs.JobManager}
 * stores a job in a {@link dipmix.jobs.JobStore} before running it on a bounded FIFO worker pool, reports progress
 * through a {@link dipmix.unmix.Monitor}, stops it on dismissal, recovers after a restart and removes expired jobs.
 *
 * <p>To add a process: build its definition with {@link dipmix.jobs.InputDescription} /
 * {@link dipmix.jobs.OutputDescription} and {@link dipmix.jobs.Schemas}, implement {@link dipmix.jobs.ProcessRunner}
 * (read validated inputs, write files under {@link dipmix.jobs.JobContext#workDir()}, return values or
 * {@link dipmix.jobs.OutputFile}s keyed by output id) and call {@link dipmix.jobs.ProcessCatalogue#register}.
 */
package dipmix.jobs;
