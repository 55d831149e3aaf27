package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dipmix.jobs.SlowProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A live server on 127.0.0.1 with an ephemeral port, plus HTTP helpers for tests. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final ProcessingServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final ServerConfig config;

    TestServer(ServerConfig config) {
        this(config, SlowProcess.catalogue());
    }

    TestServer(ServerConfig config, dipmix.jobs.ProcessCatalogue catalogue) {
        this.config = config;
        this.server = new ProcessingServer(config, catalogue).start();
    }

    static ServerConfig config(Path tmp) {
        return new ServerConfig("127.0.0.1", 0, tmp.resolve("data"), tmp.resolve("jobs"), 1, 4, null,
                Duration.ofHours(1), 64 * 1024, 256 * 1024, List.of(), null);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body, String... extra) throws IOException, InterruptedException {
        String[] h = new String[extra.length + 2];
        h[0] = "Content-Type";
        h[1] = "application/json";
        System.arraycopy(extra, 0, h, 2, extra.length);
        return send("POST", path, body, h);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** Polls the job until it is final (or 30 s pass) and returns its last statusInfo. */
    JsonNode awaitFinal(String jobId) throws IOException, InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        JsonNode s;
        do {
            s = json(get("/jobs/" + jobId));
            String st = s.path("status").asText();
            if (st.equals("successful") || st.equals("failed") || st.equals("dismissed")) return s;
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return s;
    }

    @Override
    public void close() {
        server.stop();
    }
}
