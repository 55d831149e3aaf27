package dipmix.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dipmix.unmix.CancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs jobs: validates and stores a job before returning it, queues it FIFO for a fixed pool of workers (refusing
 * with {@link QueueFullException} beyond the queue limit), feeds progress from the algorithm's monitor into the
 * store, stops a dismissed job at its next monitor check, and deletes files of dismissed and expired jobs.
 *
 * <p>Restart policy ({@link #start()}): jobs stored as running were cut off mid-way and become failed with a
 * message saying so (re-running a long, possibly crashing job unasked could loop); jobs still accepted never
 * started, so they are re-queued in their original order.
 *
 * <p>Each job has a directory {@code <jobsDir>/<jobId>/} for its outputs. One log line is written per transition.
 */
public final class JobManager implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobManager.class);

    private final ProcessCatalogue catalogue;
    private final JobStore store;
    private final JobDirectories dirs;
    private final InputResolver resolver;
    private final InputValidator validator;
    private final int queueLimit;
    private final Duration retention;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService janitor;
    private final Map<String, LiveJob> live = new ConcurrentHashMap<>();
    private final Object queueLock = new Object();
    private int waiting;
    private volatile boolean closing;

    /** A job known to this process: queued or running. */
    private static final class LiveJob {
        final String id;
        volatile boolean cancel;
        JobRecord record; // guarded by this
        Runnable task;
        final CompletableFuture<JobRecord> done = new CompletableFuture<>();

        LiveJob(JobRecord r) {
            this.id = r.jobId();
            this.record = r;
        }
    }

    /**
     * @param workers    concurrent jobs (>= 1)
     * @param queueLimit accepted jobs that may wait for a worker (>= 1)
     * @param retention  how long finished jobs and their files are kept
     */
    public JobManager(ProcessCatalogue catalogue, JobStore store, Path jobsDir, InputResolver resolver,
                      int workers, int queueLimit, Duration retention, Clock clock) {
        if (workers < 1) throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        if (queueLimit < 1) throw new IllegalArgumentException("queue limit must be >= 1, got " + queueLimit);
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, got " + retention);
        }
        this.catalogue = catalogue;
        this.store = store;
        this.dirs = new JobDirectories(jobsDir);
        this.resolver = resolver;
        this.validator = new InputValidator(resolver);
        this.queueLimit = queueLimit;
        this.retention = retention;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "dipmix-job-worker");
            t.setDaemon(true);
            return t;
        });
        this.janitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dipmix-job-janitor");
            t.setDaemon(true);
            return t;
        });
    }

    /** Recovers jobs left by a previous run (see class comment), removes expired jobs and schedules that hourly. */
    public void start() {
        Instant now = clock.instant();
        for (JobRecord r : store.withStatus(JobStatus.RUNNING)) {
            transition(r.finish(JobStatus.FAILED, "interrupted by a server restart while running; submit it again", null, now));
        }
        for (JobRecord r : store.withStatus(JobStatus.ACCEPTED)) {
            LiveJob j = new LiveJob(r);
            live.put(j.id, j);
            synchronized (queueLock) {
                waiting++;
            }
            LOG.info("job={} process={} status=accepted message=\"re-queued after restart\"", r.jobId(), r.processId());
            enqueue(j);
        }
        cleanExpired(now);
        janitor.scheduleWithFixedDelay(() -> {
            try {
                cleanExpired(clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("job cleanup failed: {}", e.toString());
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    /** The process catalogue. */
    public ProcessCatalogue catalogue() {
        return catalogue;
    }

    /** The href resolver (for upload-aware callers). */
    public InputResolver resolver() {
        return resolver;
    }

    /**
     * Validates the inputs, stores the job as accepted (committed before this returns) and queues it.
     *
     * @throws IllegalArgumentException for an unknown process
     * @throws InvalidInputException    for a bad input
     * @throws QueueFullException       when the queue is at its limit
     */
    public JobRecord submit(String processId, JsonNode inputs) {
        ProcessCatalogue.Entry entry = catalogue.find(processId)
                .orElseThrow(() -> new IllegalArgumentException("no such process: " + processId));
        Map<String, Object> values = validator.validate(entry.definition(), inputs);
        JobRecord rec = JobRecord.accepted(UUID.randomUUID().toString(), processId, ResultsCodec.encodeInputs(values), clock.instant());
        LiveJob j = new LiveJob(rec);
        synchronized (queueLock) {
            if (closing) throw new IllegalStateException("server is shutting down");
            if (waiting >= queueLimit) throw new QueueFullException(queueLimit);
            waiting++;
            try {
                store.insert(rec);
            } catch (RuntimeException e) {
                waiting--;
                throw e;
            }
            live.put(j.id, j);
        }
        LOG.info("job={} process={} status=accepted", rec.jobId(), processId);
        enqueue(j);
        return rec;
    }

    /** Waits until the job is final and returns its record (for synchronous execution). */
    public JobRecord await(String jobId) throws InterruptedException {
        LiveJob j = live.get(jobId);
        if (j != null) {
            try {
                return j.done.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return get(jobId).orElseThrow(() -> new IllegalArgumentException("no such job: " + jobId));
    }

    /**
     * The job's current state. Queued and running jobs are answered from memory (their every change is stored
     * first, so this equals the stored record), which keeps status polling off the database.
     */
    public Optional<JobRecord> get(String jobId) {
        LiveJob j = live.get(jobId);
        if (j != null) {
            synchronized (j) {
                return Optional.of(j.record);
            }
        }
        return store.get(jobId);
    }

    /** Matching jobs, newest first. */
    public JobPage list(JobQuery q) {
        return store.list(q);
    }

    /** The job's output directory (may not exist). */
    public Path jobDir(String jobId) {
        return dirs.of(jobId);
    }

    /**
     * Dismisses a job: a queued job leaves the queue, a running job stops at its next monitor check, and the job's
     * files are removed. The returned record is already stored as dismissed. Empty when no such job exists.
     */
    public Optional<JobRecord> dismiss(String jobId) {
        LiveJob j = live.get(jobId);
        if (j == null) {
            Optional<JobRecord> stored = store.get(jobId);
            if (stored.isEmpty()) return stored;
            JobRecord r = stored.get();
            if (r.status() != JobStatus.DISMISSED) {
                r = r.finish(JobStatus.DISMISSED, "dismissed by client", null, clock.instant());
                transition(r);
            }
            dirs.delete(jobId);
            return Optional.of(r);
        }
        JobRecord r;
        boolean removedFromQueue;
        boolean finishedAlready;
        synchronized (j) {
            j.cancel = true;
            removedFromQueue = j.record.status() == JobStatus.ACCEPTED && pool.remove(j.task);
            // a job that finished a moment ago but is not yet off the live list is dismissed like a stored one
            finishedAlready = j.record.status() == JobStatus.SUCCESSFUL || j.record.status() == JobStatus.FAILED;
            if (j.record.status() != JobStatus.DISMISSED) {
                j.record = j.record.finish(JobStatus.DISMISSED, "dismissed by client", null, clock.instant());
                transition(j.record);
            }
            r = j.record;
        }
        if (finishedAlready) dirs.delete(jobId);
        if (removedFromQueue) {
            synchronized (queueLock) {
                waiting--;
            }
            live.remove(jobId);
            dirs.delete(jobId);
            j.done.complete(r);
        }
        return Optional.of(r);
    }

    /** Removes final jobs (and their files) that finished more than the retention period before {@code now}. */
    public int cleanExpired(Instant now) {
        int n = 0;
        for (JobRecord r : store.finishedBefore(now.minus(retention))) {
            dirs.delete(r.jobId());
            if (store.delete(r.jobId())) {
                n++;
                LOG.info("job={} process={} status=expired", r.jobId(), r.processId());
            }
        }
        return n;
    }

    /** Jobs waiting for a worker. */
    public int waiting() {
        synchronized (queueLock) {
            return waiting;
        }
    }

    /**
     * Stops the workers without finishing their jobs, as a crash would: running jobs stay stored as running and are
     * failed by the next {@link #start()}. Closes the store.
     */
    @Override
    public void close() {
        closing = true;
        janitor.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    private void enqueue(LiveJob j) {
        j.task = () -> execute(j);
        pool.execute(j.task);
    }

    private void execute(LiveJob j) {
        synchronized (queueLock) {
            waiting--;
        }
        ProcessCatalogue.Entry entry;
        synchronized (j) {
            if (j.record.status().isFinal() || closing) return;
            entry = catalogue.find(j.record.processId()).orElse(null);
            if (entry == null) {
                write(j, r -> r.finish(JobStatus.FAILED, "process " + r.processId() + " is no longer offered", null, clock.instant()));
                finishLive(j);
                return;
            }
            write(j, r -> r.running(clock.instant()));
        }
        Path dir = dirs.of(j.id);
        try {
            Files.createDirectories(dir);
            Map<String, Object> inputs = validator.validate(entry.definition(), ResultsCodec.parse(j.record.inputs()));
            JobProgressMonitor monitor = new JobProgressMonitor(
                    (p, msg) -> write(j, r -> r.progress(p, msg, clock.instant())), () -> j.cancel || closing);
            Map<String, Object> out = entry.runner().run(new JobContext(j.id, dir, monitor, resolver), inputs);
            monitor.checkCancelled();
            String results = ResultsCodec.encode(entry.definition(), dir, out);
            write(j, r -> r.finish(JobStatus.SUCCESSFUL, "completed", results, clock.instant()));
        } catch (CancelledException e) {
            if (!closing) write(j, r -> r.finish(JobStatus.DISMISSED, "dismissed by client", null, clock.instant()));
        } catch (IllegalArgumentException | dipmix.raster.RasterException e) {
            // problems with the inputs: the message is for the client, without the server's own folders
            String msg = String.valueOf(e.getMessage()).replace(dir + "/", "").replace(resolver.dataDir() + "/", "");
            write(j, r -> r.finish(JobStatus.FAILED, msg, null, clock.instant()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            if (!closing) {
                LOG.error("job={} failed with an internal error", j.id, e);
                String msg = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                write(j, r -> r.finish(JobStatus.FAILED, msg, null, clock.instant()));
            }
        }
        finishLive(j);
    }

    private void finishLive(LiveJob j) {
        JobRecord r;
        synchronized (j) {
            r = j.record;
        }
        live.remove(j.id);
        if (r.status() == JobStatus.DISMISSED) dirs.delete(j.id);
        j.done.complete(r);
    }

    /** Applies a change unless the job is already final (a dismissal wins over a late progress report). */
    private void write(LiveJob j, UnaryOperator<JobRecord> change) {
        synchronized (j) {
            if (j.record.status().isFinal() || closing) return;
            JobRecord next = change.apply(j.record);
            if (next.status() != j.record.status()) transition(next);
            else store.update(next);
            j.record = next;
        }
    }

    private void transition(JobRecord r) {
        store.update(r);
        LOG.info("job={} process={} status={} progress={} message=\"{}\"", r.jobId(), r.processId(), r.status().code(),
                r.progress(), r.message() == null ? "" : r.message().replace('"', '\''));
    }
}
