package dipmix.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** One key=value log line per request and per job transition. */
class StructuredLogTest {
    @TempDir
    Path tmp;
    final ListAppender<ILoggingEvent> requests = new ListAppender<>();
    final ListAppender<ILoggingEvent> jobs = new ListAppender<>();
    final Logger requestLog = (Logger) LoggerFactory.getLogger("dipmix.server.request");
    final Logger jobLog = (Logger) LoggerFactory.getLogger(dipmix.jobs.JobManager.class);

    @BeforeEach
    void attach() {
        requests.start();
        jobs.start();
        requestLog.addAppender(requests);
        requestLog.setLevel(Level.INFO);
        jobLog.addAppender(jobs);
        jobLog.setLevel(Level.INFO);
    }

    @AfterEach
    void detach() {
        requestLog.detachAppender(requests);
        jobLog.detachAppender(jobs);
        requestLog.setLevel(null);
        jobLog.setLevel(null);
    }

    @Test
    void requestsAndTransitionsAreLoggedOnceEach() throws Exception {
        try (TestServer s = new TestServer(TestServer.config(tmp))) {
            String id = json(s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":3,\"delayMs\":1}}",
                    "Prefer", "respond-async")).get("jobID").asText();
            s.awaitFinal(id);
            s.get("/processes/nope");
            Thread.sleep(100); // the request logger runs after the response is sent
            List<String> req = requests.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(req).anyMatch(l -> l.startsWith("method=POST path=/processes/slow/execution status=201 ms="));
            assertThat(req).anyMatch(l -> l.startsWith("method=GET path=/processes/nope status=404 ms="));
            List<String> tr = jobs.list.stream().map(ILoggingEvent::getFormattedMessage).filter(l -> l.contains("job=" + id)).toList();
            assertThat(tr).hasSize(3);
            assertThat(tr.get(0)).isEqualTo("job=" + id + " process=slow status=accepted");
            assertThat(tr.get(1)).startsWith("job=" + id + " process=slow status=running");
            assertThat(tr.get(2)).startsWith("job=" + id + " process=slow status=successful progress=100 message=\"completed\"");
        }
    }
}
