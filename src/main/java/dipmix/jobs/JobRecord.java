package dipmix.jobs;

import java.time.Instant;

/**
 * The stored state of one job. Immutable; transitions build a new record with the {@code with...} methods.
 *
 * @param jobId     unique id (a random UUID)
 * @param processId the process it runs
 * @param status    current status
 * @param message   human status message (last algorithm stage, or the failure reason)
 * @param progress  0..100
 * @param created   when it was stored
 * @param started   when a worker picked it up, or null
 * @param finished  when it reached a final status, or null
 * @param updated   last change
 * @param inputs    validated inputs as JSON (kept so an accepted job can be re-queued after a restart)
 * @param results   outputs as JSON once successful: {"id": {"value": v}} or {"id": {"file": path, "type": media}}
 */
public record JobRecord(String jobId, String processId, JobStatus status, String message, int progress,
                        Instant created, Instant started, Instant finished, Instant updated,
                        String inputs, String results) {
    public JobRecord {
        if (jobId == null || processId == null || status == null || created == null) {
            throw new IllegalArgumentException("jobId, processId, status and created are required");
        }
        if (progress < 0 || progress > 100) throw new IllegalArgumentException("progress must be 0..100, got " + progress);
    }

    /** A new accepted job. */
    public static JobRecord accepted(String jobId, String processId, String inputsJson, Instant now) {
        return new JobRecord(jobId, processId, JobStatus.ACCEPTED, "accepted", 0, now, null, null, now, inputsJson, null);
    }

    public JobRecord running(Instant now) {
        return new JobRecord(jobId, processId, JobStatus.RUNNING, "running", progress, created, now, null, now, inputs, null);
    }

    public JobRecord progress(int percent, String msg, Instant now) {
        return new JobRecord(jobId, processId, status, msg, percent, created, started, finished, now, inputs, results);
    }

    /** A final record (successful, failed or dismissed). */
    public JobRecord finish(JobStatus to, String msg, String resultsJson, Instant now) {
        if (!to.isFinal()) throw new IllegalArgumentException("not a final status: " + to);
        int p = to == JobStatus.SUCCESSFUL ? 100 : progress;
        return new JobRecord(jobId, processId, to, msg, p, created, started, now, now, inputs, resultsJson);
    }
}
