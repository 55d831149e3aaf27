package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Many clients submitting at once: every job is stored exactly once, runs once and returns its own input. */
class ConcurrentSubmissionTest {
    @TempDir
    Path tmp;

    @Test
    void noSubmissionIsLostOrDuplicated() throws Exception {
        int clients = 8;
        int each = 25;
        try (TestServer s = new TestServer(TestServer.config(tmp).withLimits(2, 1000, 64 * 1024, 1024 * 1024))) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<List<String[]>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Callable<List<String[]>> task = () -> {
                    List<String[]> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String tag = client + "-" + i;
                        HttpResponse<String> r = s.postJson("/processes/echo/execution",
                                "{\"inputs\":{\"stringInput\":\"" + tag + "\"}}", "Prefer", "respond-async");
                        assertThat(r.statusCode()).isEqualTo(201);
                        mine.add(new String[]{json(r).get("jobID").asText(), tag});
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            List<String[]> all = new ArrayList<>();
            for (Future<List<String[]>> f : futures) all.addAll(f.get());
            pool.shutdown();
            assertThat(all).hasSize(clients * each);
            Set<String> ids = new HashSet<>();
            for (String[] a : all) ids.add(a[0]);
            assertThat(ids).hasSize(clients * each);
            for (String[] a : all) {
                JsonNode st = s.awaitFinal(a[0]);
                assertThat(st.get("status").asText()).isEqualTo("successful");
                assertThat(json(s.get("/jobs/" + a[0] + "/results")).get("stringOutput").asText()).isEqualTo(a[1]);
            }
            JsonNode list = json(s.get("/jobs?processID=echo&limit=1000"));
            assertThat(list.get("numberMatched").asInt()).isEqualTo(clients * each);
            Set<String> listed = new HashSet<>(list.get("jobs").findValuesAsText("jobID"));
            assertThat(listed).isEqualTo(ids);
        }
    }
}
