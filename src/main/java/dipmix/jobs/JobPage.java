package dipmix.jobs;

import java.util.List;

/** One page of a job listing and the total number of matches (for paging links). */
public record JobPage(List<JobRecord> jobs, long totalMatched) {
    public JobPage {
        jobs = List.copyOf(jobs);
    }
}
