package dipmix.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class JobManagerTest {
    static final ObjectMapper M = new ObjectMapper();
    @TempDir
    Path tmp;

    private JobManager manager(ProcessCatalogue cat, int workers, int queue, Clock clock) throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        JobManager m = new JobManager(cat, new H2JobStore(tmp.resolve("jobs")), tmp.resolve("jobs"),
                new InputResolver(tmp.resolve("data")), workers, queue, Duration.ofHours(1), clock);
        m.start();
        return m;
    }

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s);
    }

    private static void awaitStatus(JobManager m, String id, JobStatus want) throws InterruptedException {
        for (int i = 0; i < 3000 && m.get(id).orElseThrow().status() != want; i++) Thread.sleep(5);
        assertThat(m.get(id).orElseThrow().status()).isEqualTo(want);
    }

    @Test
    void runsJobsInSubmissionOrderWithOneWorker() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ProcessDefinition def = new ProcessDefinition("record", "R", "d", "1", EnumSet.of(JobControl.ASYNC_EXECUTE),
                List.of(InputDescription.required("tag", "t", "t", Schemas.string())), List.of());
        ProcessCatalogue cat = new ProcessCatalogue().register(def, (ctx, in) -> {
            order.add((String) in.get("tag"));
            return Map.of();
        });
        try (JobManager m = manager(cat, 1, 100, Clock.systemUTC())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) ids.add(m.submit("record", json("{\"tag\":\"t" + i + "\"}")).jobId());
            for (String id : ids) m.await(id);
            List<String> want = new ArrayList<>();
            for (int i = 0; i < 30; i++) want.add("t" + i);
            assertThat(order).containsExactlyElementsOf(want);
        }
    }

    @Test
    void queueLimitRefusesAndDismissedQueuedJobsFreeTheirSlot() throws Exception {
        try (JobManager m = manager(SlowProcess.catalogue(), 1, 2, Clock.systemUTC())) {
            String running = m.submit("slow", json("{\"iterations\":100000,\"delayMs\":5}")).jobId();
            awaitStatus(m, running, JobStatus.RUNNING);
            String q1 = m.submit("slow", json("{\"iterations\":1}")).jobId();
            m.submit("slow", json("{\"iterations\":1}"));
            assertThat(m.waiting()).isEqualTo(2);
            assertThatThrownBy(() -> m.submit("slow", json("{\"iterations\":1}"))).isInstanceOf(QueueFullException.class);
            assertThat(m.dismiss(q1).orElseThrow().status()).isEqualTo(JobStatus.DISMISSED);
            assertThat(m.waiting()).isEqualTo(1);
            String q3 = m.submit("slow", json("{\"iterations\":1}")).jobId();
            m.dismiss(running);
            assertThat(m.await(q3).status()).isEqualTo(JobStatus.SUCCESSFUL);
            assertThat(m.get(q1).orElseThrow().started()).as("a job dismissed while queued never starts").isNull();
        }
    }

    @Test
    void dismissalStopsTheAlgorithmAtItsNextIteration() throws Exception {
        int[] lastIteration = {0};
        ProcessDefinition def = new ProcessDefinition("count", "C", "d", "1", EnumSet.of(JobControl.ASYNC_EXECUTE), List.of(), List.of());
        ProcessCatalogue cat = new ProcessCatalogue().register(def, (ctx, in) -> {
            for (int i = 1; i <= 1_000_000; i++) {
                ctx.monitor().checkCancelled();
                synchronized (lastIteration) {
                    lastIteration[0] = i;
                }
                ctx.monitor().iteration(i, 1_000_000, 0);
                Thread.sleep(2);
            }
            return Map.of();
        });
        try (JobManager m = manager(cat, 1, 4, Clock.systemUTC())) {
            String id = m.submit("count", null).jobId();
            for (int i = 0; i < 2000; i++) {
                synchronized (lastIteration) {
                    if (lastIteration[0] >= 3) break;
                }
                Thread.sleep(2);
            }
            m.dismiss(id); // sets the stop flag before returning
            int afterDismissal;
            synchronized (lastIteration) {
                afterDismissal = lastIteration[0];
            }
            Thread.sleep(100); // 50 iterations' worth if the stop were ignored
            synchronized (lastIteration) {
                // only an iteration already past its monitor check may still count
                assertThat(lastIteration[0] - afterDismissal).as("iterations started after dismissal").isLessThanOrEqualTo(1);
            }
            assertThat(m.await(id).status()).isEqualTo(JobStatus.DISMISSED);
            assertThat(m.jobDir(id)).doesNotExist();
        }
    }

    @Test
    void restartFailsRunningJobsAndRequeuesAcceptedOnes() throws Exception {
        String running;
        String queued;
        JobManager first = manager(SlowProcess.catalogue(), 1, 10, Clock.systemUTC());
        running = first.submit("slow", json("{\"iterations\":100000,\"delayMs\":5}")).jobId();
        awaitStatus(first, running, JobStatus.RUNNING);
        queued = first.submit("slow", json("{\"iterations\":3,\"delayMs\":1}")).jobId();
        first.close(); // as a crash: nothing finishes
        try (JobManager second = manager(SlowProcess.catalogue(), 1, 10, Clock.systemUTC())) {
            JobRecord failed = second.get(running).orElseThrow();
            assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
            assertThat(failed.message()).contains("server restart");
            assertThat(failed.finished()).isNotNull();
            JobRecord requeued = second.await(queued);
            assertThat(requeued.status()).isEqualTo(JobStatus.SUCCESSFUL);
            assertThat(M.readTree(requeued.results()).at("/steps/value").asInt()).isEqualTo(3);
            assertThat(second.list(JobQuery.all(100)).jobs()).extracting(JobRecord::status).doesNotContain(JobStatus.RUNNING, JobStatus.ACCEPTED);
        }
    }

    @Test
    void dismissingAFinishedJobRemovesItsFiles() throws Exception {
        try (JobManager m = manager(SlowProcess.catalogue(), 1, 10, Clock.systemUTC())) {
            String id = m.submit("slow", json("{\"iterations\":1,\"delayMs\":0}")).jobId();
            assertThat(m.await(id).status()).isEqualTo(JobStatus.SUCCESSFUL);
            assertThat(m.jobDir(id).resolve("out/table.csv")).exists();
            JobRecord d = m.dismiss(id).orElseThrow();
            assertThat(d.status()).isEqualTo(JobStatus.DISMISSED);
            assertThat(d.results()).isNull();
            assertThat(m.jobDir(id)).doesNotExist();
            assertThat(m.get(id).orElseThrow().status()).isEqualTo(JobStatus.DISMISSED);
            assertThat(m.dismiss("00000000-0000-0000-0000-000000000000")).isEmpty();
        }
    }

    @Test
    void expiredJobsAndTheirFilesAreRemoved() throws Exception {
        try (JobManager m = manager(SlowProcess.catalogue(), 1, 10, Clock.systemUTC())) {
            String id = m.submit("slow", json("{\"iterations\":1,\"delayMs\":0}")).jobId();
            assertThat(m.await(id).status()).isEqualTo(JobStatus.SUCCESSFUL);
            assertThat(m.jobDir(id).resolve("out/table.csv")).exists();
            assertThat(m.cleanExpired(Instant.now().plus(Duration.ofMinutes(30)))).isZero();
            assertThat(m.cleanExpired(Instant.now().plus(Duration.ofHours(2)))).isEqualTo(1);
            assertThat(m.get(id)).isEmpty();
            assertThat(m.jobDir(id)).doesNotExist();
        }
    }

    @Test
    void undeclaredOrMissingOutputsFailTheJobWithAMessage() throws Exception {
        ProcessDefinition def = new ProcessDefinition("liar", "L", "d", "1", EnumSet.of(JobControl.ASYNC_EXECUTE), List.of(),
                List.of(new OutputDescription("f", "F", "f", Schemas.file("text/csv"))));
        ProcessCatalogue cat = new ProcessCatalogue().register(def, (ctx, in) -> Map.of("f", new OutputFile("nothing.csv", "text/csv")));
        try (JobManager m = manager(cat, 1, 4, Clock.systemUTC())) {
            JobRecord r = m.await(m.submit("liar", null).jobId());
            assertThat(r.status()).isEqualTo(JobStatus.FAILED);
            assertThat(r.message()).contains("missing file nothing.csv");
        }
    }
}
