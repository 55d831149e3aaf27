package dipmix.jobs;

import java.time.Instant;
import java.util.List;

/**
 * Filters and paging for {@link JobStore#list}. Empty lists and null bounds mean "any".
 *
 * @param processIds    keep jobs of these processes
 * @param statuses      keep jobs in these statuses
 * @param createdFrom   keep jobs created at or after this instant
 * @param createdTo     keep jobs created at or before this instant
 * @param offset        skip this many matches (newest first)
 * @param limit         return at most this many (1..10000)
 */
public record JobQuery(List<String> processIds, List<JobStatus> statuses, Instant createdFrom, Instant createdTo,
                       int offset, int limit) {
    public JobQuery {
        processIds = processIds == null ? List.of() : List.copyOf(processIds);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        if (limit < 1 || limit > 10000) throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
    }

    /** Every job, first page of the given size. */
    public static JobQuery all(int limit) {
        return new JobQuery(List.of(), List.of(), null, null, 0, limit);
    }
}
