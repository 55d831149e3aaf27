package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Stop the server in the middle of a job (no chance to finish it), start a new one on the same directories. */
class RestartRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void jobRunningAtTheCrashIsFailedAndQueuedJobRunsAfterRestart() throws Exception {
        String running;
        String queued;
        TestServer first = new TestServer(TestServer.config(tmp));
        try {
            running = json(first.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":100000,\"delayMs\":10}}",
                    "Prefer", "respond-async")).get("jobID").asText();
            for (int i = 0; i < 500 && !json(first.get("/jobs/" + running)).get("status").asText().equals("running"); i++) Thread.sleep(10);
            queued = json(first.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":4,\"delayMs\":1}}",
                    "Prefer", "respond-async")).get("jobID").asText();
            assertThat(json(first.get("/jobs/" + running)).get("status").asText()).isEqualTo("running");
        } finally {
            first.close();
        }
        try (TestServer second = new TestServer(TestServer.config(tmp))) {
            JsonNode r = json(second.get("/jobs/" + running));
            OgcSchemas.statusInfo(r);
            assertThat(r.get("status").asText()).isEqualTo("failed");
            assertThat(r.get("message").asText()).contains("interrupted by a server restart");
            JsonNode q = second.awaitFinal(queued);
            assertThat(q.get("status").asText()).isEqualTo("successful");
            assertThat(json(second.get("/jobs/" + queued + "/results")).get("steps").asInt()).isEqualTo(4);
            assertThat(json(second.get("/jobs?status=running,accepted")).get("jobs").size()).isZero();
        }
    }
}
