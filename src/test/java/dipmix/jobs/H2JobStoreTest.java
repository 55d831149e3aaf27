package dipmix.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2JobStoreTest {
    @TempDir
    Path tmp;

    private static JobRecord job(String id, String process, long createdSec) {
        return JobRecord.accepted(id, process, "{\"a\":1}", Instant.ofEpochSecond(createdSec));
    }

    @Test
    void roundTripsEveryFieldAndSurvivesReopen() {
        JobRecord done;
        try (H2JobStore s = new H2JobStore(tmp)) {
            JobRecord j = job("j1", "echo", 1000);
            s.insert(j);
            done = j.running(Instant.ofEpochSecond(1001)).progress(40, "training", Instant.ofEpochSecond(1002))
                    .finish(JobStatus.SUCCESSFUL, "completed", "{\"x\":{\"value\":2}}", Instant.ofEpochSecond(1003));
            s.update(done);
            assertThatThrownBy(() -> s.insert(j)).hasMessageContaining("exists");
        }
        try (H2JobStore s = new H2JobStore(tmp)) {
            JobRecord back = s.get("j1").orElseThrow();
            assertThat(back).isEqualTo(done);
            assertThat(back.progress()).isEqualTo(100);
            assertThat(s.get("nope")).isEmpty();
            assertThat(s.delete("j1")).isTrue();
            assertThat(s.delete("j1")).isFalse();
        }
    }

    @Test
    void listFiltersPagesNewestFirstAndCounts() {
        try (H2JobStore s = new H2JobStore(tmp)) {
            for (int i = 0; i < 7; i++) s.insert(job("e" + i, "echo", 100 + i));
            for (int i = 0; i < 3; i++) s.insert(job("u" + i, "unmix", 200 + i));
            s.update(s.get("u1").orElseThrow().running(Instant.ofEpochSecond(300)));
            JobPage p = s.list(new JobQuery(List.of("echo"), List.of(), null, null, 0, 3));
            assertThat(p.totalMatched()).isEqualTo(7);
            assertThat(p.jobs()).extracting(JobRecord::jobId).containsExactly("e6", "e5", "e4");
            List<String> all = new ArrayList<>();
            for (int off = 0; off < 7; off += 3) {
                s.list(new JobQuery(List.of("echo"), List.of(), null, null, off, 3)).jobs().forEach(j -> all.add(j.jobId()));
            }
            assertThat(all).containsExactly("e6", "e5", "e4", "e3", "e2", "e1", "e0");
            assertThat(s.list(new JobQuery(List.of(), List.of(JobStatus.RUNNING), null, null, 0, 10)).jobs())
                    .extracting(JobRecord::jobId).containsExactly("u1");
            assertThat(s.list(new JobQuery(List.of("echo", "unmix"), List.of(JobStatus.ACCEPTED), Instant.ofEpochSecond(105),
                    Instant.ofEpochSecond(200), 0, 10)).jobs()).extracting(JobRecord::jobId).containsExactly("u0", "e6", "e5");
            assertThat(s.withStatus(JobStatus.ACCEPTED)).hasSize(9).first().extracting(JobRecord::jobId).isEqualTo("e0");
        }
    }

    @Test
    void finishedBeforeSelectsOnlyFinalOldJobs() {
        try (H2JobStore s = new H2JobStore(tmp)) {
            s.insert(job("old", "echo", 0));
            s.update(s.get("old").orElseThrow().finish(JobStatus.FAILED, "x", null, Instant.ofEpochSecond(10)));
            s.insert(job("new", "echo", 0));
            s.update(s.get("new").orElseThrow().finish(JobStatus.SUCCESSFUL, "x", "{}", Instant.ofEpochSecond(100)));
            s.insert(job("open", "echo", 0));
            assertThat(s.finishedBefore(Instant.ofEpochSecond(50))).extracting(JobRecord::jobId).containsExactly("old");
        }
    }
}
