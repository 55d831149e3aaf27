package dipmix.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of a {@link ProcessingServer}.
 *
 * @param bind          address to listen on ("127.0.0.1")
 * @param port          TCP port; 0 picks a free one
 * @param dataDir       directory that relative input hrefs are resolved against (and where uploads go)
 * @param jobsDir       directory holding the job database and one sub-directory per job
 * @param workers       jobs run at the same time
 * @param queueLimit    accepted jobs that may wait for a worker before 503
 * @param apiKey        when non-null, execution, upload and dismissal need "Authorization: Bearer KEY"
 * @param retention     how long finished jobs and their files are kept
 * @param maxBodyBytes  largest JSON/XML request body (413 beyond)
 * @param maxUploadBytes largest uploaded raster (413 beyond)
 * @param corsOrigins   allowed CORS origins; empty = no CORS headers, ["*"] = any origin
 * @param publicUrl     base URL clients reach the server at behind a reverse proxy ("https://host/dipmix"), used
 *                      in every link and result href; null = taken from each request's Host header
 */
public record ServerConfig(String bind, int port, Path dataDir, Path jobsDir, int workers, int queueLimit,
                           String apiKey, Duration retention, long maxBodyBytes, long maxUploadBytes,
                           List<String> corsOrigins, String publicUrl) {
    public ServerConfig {
        if (bind == null || bind.isBlank()) throw new IllegalArgumentException("bind address must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (dataDir == null || jobsDir == null) throw new IllegalArgumentException("data and jobs directories are required");
        if (workers < 1) throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        if (queueLimit < 1) throw new IllegalArgumentException("queue limit must be >= 1, got " + queueLimit);
        if (apiKey != null && apiKey.isBlank()) throw new IllegalArgumentException("API key must not be blank");
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("body limit must be >= 1024 bytes, got " + maxBodyBytes);
        if (maxUploadBytes < 1) throw new IllegalArgumentException("upload limit must be positive, got " + maxUploadBytes);
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (publicUrl != null) {
            if (!publicUrl.matches("https?://[^\\s?#]+")) throw new IllegalArgumentException("public URL must be an http(s) URL without query, got " + publicUrl);
            publicUrl = publicUrl.replaceAll("/+$", "");
        }
    }

    /** Defaults of `dipmix serve`: loopback, 1 worker, 16 waiting jobs, 72 h retention, 1 MiB bodies, 2 GiB uploads. */
    public static ServerConfig defaults(Path dataDir, Path jobsDir) {
        return new ServerConfig("127.0.0.1", 8080, dataDir, jobsDir, 1, 16, null, Duration.ofHours(72),
                1L << 20, 2L << 30, List.of(), null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, dataDir, jobsDir, workers, queueLimit, apiKey, retention, maxBodyBytes, maxUploadBytes, corsOrigins, publicUrl);
    }

    public ServerConfig withApiKey(String key) {
        return new ServerConfig(bind, port, dataDir, jobsDir, workers, queueLimit, key, retention, maxBodyBytes, maxUploadBytes, corsOrigins, publicUrl);
    }

    public ServerConfig withLimits(int nWorkers, int nQueue, long bodyBytes, long uploadBytes) {
        return new ServerConfig(bind, port, dataDir, jobsDir, nWorkers, nQueue, apiKey, retention, bodyBytes, uploadBytes, corsOrigins, publicUrl);
    }

    public ServerConfig withPublicUrl(String url) {
        return new ServerConfig(bind, port, dataDir, jobsDir, workers, queueLimit, apiKey, retention, maxBodyBytes, maxUploadBytes, corsOrigins, url);
    }

    public ServerConfig withCors(List<String> origins) {
        return new ServerConfig(bind, port, dataDir, jobsDir, workers, queueLimit, apiKey, retention, maxBodyBytes, maxUploadBytes, origins, publicUrl);
    }
}
