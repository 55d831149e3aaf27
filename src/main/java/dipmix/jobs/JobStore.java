package dipmix.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable job storage. Implementations are thread-safe, and a method returns only after its change is committed, so
 * a job saved before a response is sent survives a crash right after it. A PostgreSQL store can implement the same
 * interface.
 */
public interface JobStore extends AutoCloseable {
    /** Stores a new job; IllegalArgumentException if its id exists. */
    void insert(JobRecord job);

    /** Replaces the stored state of an existing job. */
    void update(JobRecord job);

    /** The job with this id. */
    Optional<JobRecord> get(String jobId);

    /** Matching jobs, newest first. */
    JobPage list(JobQuery query);

    /** Jobs currently in one of these statuses, oldest first (restart recovery). */
    List<JobRecord> withStatus(JobStatus... statuses);

    /** Final jobs that finished before this instant (retention). */
    List<JobRecord> finishedBefore(Instant cutoff);

    /** Removes the job; true if it existed. */
    boolean delete(String jobId);

    @Override
    void close();
}
