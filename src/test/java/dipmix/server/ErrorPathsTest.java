package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Problem details for 400, 401, 404, 405, 413, 415 and 503; API key; CORS. Never a stack trace. */
class ErrorPathsTest {
    static final String KEY = "s3cret-key";
    @TempDir
    static Path tmp;
    static TestServer s;

    @BeforeAll
    static void up() throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve("data/ok.txt"), "fine");
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(tmp.resolve("data/escape.txt"), tmp.resolve("secret.txt"));
        s = new TestServer(TestServer.config(tmp).withApiKey(KEY).withLimits(1, 1, 4096, 8192)
                .withCors(List.of("https://qgis.example")));
    }

    @AfterAll
    static void down() {
        s.close();
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode n = json(r);
        OgcSchemas.exception(n, status);
        return n;
    }

    private HttpResponse<String> exec(String process, String body) throws Exception {
        return s.postJson("/processes/" + process + "/execution", body, "Authorization", "Bearer " + KEY);
    }

    @Test
    void unknownProcessAndJobAre404WithOgcTypes() throws Exception {
        assertThat(problem(s.get("/processes/nope"), 404).get("type").asText()).endsWith("/no-such-process");
        assertThat(problem(exec("nope", "{}"), 404).get("type").asText()).endsWith("/no-such-process");
        assertThat(problem(s.get("/jobs/00000000-0000-0000-0000-000000000000"), 404).get("type").asText()).endsWith("/no-such-job");
        assertThat(problem(s.get("/jobs/00000000-0000-0000-0000-000000000000/results"), 404).get("type").asText()).endsWith("/no-such-job");
        problem(s.get("/no/such/route"), 404);
    }

    @Test
    void wrongMethodIs405() throws Exception {
        problem(s.send("PUT", "/processes", "{}", "Content-Type", "application/json"), 405);
        problem(s.get("/processes/echo/execution"), 405);
    }

    @Test
    void invalidInputsAre400NamingInputAndRule() throws Exception {
        assertThat(problem(exec("slow", "{\"inputs\":{\"iterations\":0}}"), 400).get("detail").asText())
                .contains("'iterations'").contains("rule: minimum");
        assertThat(problem(exec("slow", "{\"inputs\":{\"iterations\":\"many\"}}"), 400).get("detail").asText())
                .contains("'iterations'").contains("rule: type");
        assertThat(problem(exec("slow", "{\"inputs\":{\"iterations\":2.5}}"), 400).get("detail").asText())
                .contains("rule: type");
        assertThat(problem(exec("slow", "{\"inputs\":{\"bogus\":1}}"), 400).get("detail").asText())
                .contains("'bogus'").contains("rule: unknown");
        assertThat(problem(exec("echo", "{\"inputs\":{\"stringInput\":{\"href\":\"ok.txt\"}}}"), 400).get("detail").asText())
                .contains("rule: reference");
        assertThat(problem(exec("echo", "{\"inputs\":[1]}"), 400).get("detail").asText()).contains("rule: type");
        assertThat(problem(exec("echo", "{not json"), 400).get("detail").asText()).contains("not valid JSON");
        assertThat(problem(exec("echo", "{\"inputs\":{},\"outputs\":{\"nope\":{}}}"), 400).get("detail").asText()).contains("'nope'");
        assertThat(problem(exec("echo", "{\"inputs\":{},\"response\":\"zip\"}"), 400).get("detail").asText()).contains("response");
    }

    @Test
    void oversizedBodyIs413AndWrongTypeIs415() throws Exception {
        String big = "{\"inputs\":{\"stringInput\":\"" + "x".repeat(5000) + "\"}}";
        problem(exec("echo", big), 413);
        problem(s.send("POST", "/processes/echo/execution", "{}", "Content-Type", "text/plain", "Authorization", "Bearer " + KEY), 415);
        problem(s.send("POST", "/processes/echo/execution", "{}", "Authorization", "Bearer " + KEY), 415);
    }

    @Test
    void apiKeyGuardsExecutionUploadAndDismissalOnly() throws Exception {
        problem(s.postJson("/processes/echo/execution", "{}"), 401);
        problem(s.postJson("/processes/echo/execution", "{}", "Authorization", "Bearer wrong"), 401);
        problem(s.send("POST", "/uploads?name=a.tif", "abc", "Content-Type", "application/octet-stream"), 401);
        problem(s.send("DELETE", "/jobs/00000000-0000-0000-0000-000000000000", null), 401);
        assertThat(s.get("/processes").statusCode()).isEqualTo(200);
        assertThat(s.get("/jobs").statusCode()).isEqualTo(200);
        assertThat(exec("echo", "{\"inputs\":{\"stringInput\":\"k\"}}").statusCode()).isEqualTo(200);
    }

    @Test
    void fullQueueIs503WithRetryAfter() throws Exception {
        // one worker busy, one waiting slot: the third submission is refused
        String slow = "{\"inputs\":{\"iterations\":100000,\"delayMs\":10}}";
        String a = json(s.postJson("/processes/slow/execution", slow, "Prefer", "respond-async", "Authorization", "Bearer " + KEY)).get("jobID").asText();
        for (int i = 0; i < 500 && !json(s.get("/jobs/" + a)).get("status").asText().equals("running"); i++) Thread.sleep(10);
        String b = json(s.postJson("/processes/slow/execution", slow, "Prefer", "respond-async", "Authorization", "Bearer " + KEY)).get("jobID").asText();
        HttpResponse<String> c = s.postJson("/processes/slow/execution", slow, "Prefer", "respond-async", "Authorization", "Bearer " + KEY);
        problem(c, 503);
        assertThat(c.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(json(s.send("DELETE", "/jobs/" + b, null, "Authorization", "Bearer " + KEY)).get("status").asText()).isEqualTo("dismissed");
        assertThat(json(s.send("DELETE", "/jobs/" + a, null, "Authorization", "Bearer " + KEY)).get("status").asText()).isEqualTo("dismissed");
        assertThat(json(s.get("/jobs/" + b)).get("status").asText()).isEqualTo("dismissed");
    }

    @Test
    void publicUrlReplacesTheRequestHostInLinks() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("proxied"));
        try (TestServer p = new TestServer(TestServer.config(other).withPublicUrl("https://maps.example/dipmix/"))) {
            String self = json(p.get("/")).get("links").get(0).get("href").asText();
            assertThat(self).isEqualTo("https://maps.example/dipmix/");
            HttpResponse<String> r = p.postJson("/processes/echo/execution", "{\"inputs\":{}}", "Prefer", "respond-async");
            assertThat(r.headers().firstValue("Location").orElse("")).startsWith("https://maps.example/dipmix/jobs/");
        }
    }

    @Test
    void corsHeadersForAllowedOriginOnly() throws Exception {
        HttpResponse<String> ok = s.get("/processes", "Origin", "https://qgis.example");
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://qgis.example");
        HttpResponse<String> other = s.get("/processes", "Origin", "https://evil.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
