package dipmix.jobs.batch;

import java.nio.file.Path;

/**
 * How one scene of a batch ended.
 *
 * @param scene the input
 * @param output the abundance GeoTIFF (written or already there)
 * @param status done, skipped (complete outputs already there) or failed
 * @param seconds time spent on it
 * @param message the error for a failed scene, else null
 */
public record SceneOutcome(Path scene, Path output, Status status, double seconds, String message) {
    public enum Status { DONE, SKIPPED, FAILED }
}
