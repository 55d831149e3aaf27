package dipmix.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The per-job output directories {@code <jobsDir>/<jobId>/}: where they are and how they are removed. */
final class JobDirectories {
    private static final Logger LOG = LoggerFactory.getLogger(JobDirectories.class);
    private final Path root;

    JobDirectories(Path root) {
        this.root = root;
    }

    /** The directory of a job; IllegalArgumentException for anything but a UUID (no path tricks). */
    Path of(String jobId) {
        if (!jobId.matches("[0-9a-f-]{36}")) throw new IllegalArgumentException("malformed job id: " + jobId);
        return root.resolve(jobId);
    }

    /** Deletes a job's directory and everything in it; failures are logged, not thrown (cleanup must go on). */
    void delete(String jobId) {
        Path dir = root.resolve(jobId);
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete job directory {}: {}", dir, e.toString());
        }
    }
}
