package dipmix.jobs;

/** The job queue is at its limit; the server answers 503 with Retry-After. */
public class QueueFullException extends RuntimeException {
    public QueueFullException(int limit) {
        super("the job queue is full (" + limit + " jobs waiting); retry later");
    }
}
