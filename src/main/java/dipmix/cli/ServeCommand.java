package dipmix.cli;

import dipmix.jobs.ProcessCatalogue;
import dipmix.jobs.StandardProcesses;
import dipmix.server.ProcessingServer;
import dipmix.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code dipmix serve}: runs the OGC API - Processes / WPS 1.0.0 server until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the processing server (OGC API - Processes 1.0 and WPS 1.0.0) until stopped.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--data-dir", required = true, description = "directory input hrefs are relative to; uploads go to its uploads/")
    Path dataDir;

    @Option(names = "--jobs-dir", required = true, description = "directory for the job database and job outputs")
    Path jobsDir;

    @Option(names = "--workers", defaultValue = "1", description = "jobs run at the same time (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--queue-limit", defaultValue = "16", description = "jobs that may wait before 503 (default ${DEFAULT-VALUE})")
    int queueLimit;

    @Option(names = "--api-key", defaultValue = "${env:DIPMIX_API_KEY}",
            description = "require 'Authorization: Bearer KEY' for execution, upload and dismissal (or env DIPMIX_API_KEY)")
    String apiKey;

    @Option(names = "--retention", defaultValue = "72", description = "hours to keep finished jobs and their files (default ${DEFAULT-VALUE})")
    long retentionHours;

    @Option(names = "--max-body", defaultValue = "1048576", description = "largest JSON/XML request body in bytes (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--max-upload", defaultValue = "2147483648", description = "largest uploaded raster in bytes (default ${DEFAULT-VALUE})")
    long maxUpload;

    @Option(names = "--cors-origin", description = "allowed CORS origin, repeatable; '*' for any (default: no CORS)")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--public-url", description = "base URL clients use behind a reverse proxy, e.g. https://host/dipmix (default: from each request)")
    String publicUrl;

    private final Supplier<ProcessCatalogue> catalogue;

    public ServeCommand() {
        this(StandardProcesses::catalogue);
    }

    /** For embedding with another set of processes. */
    public ServeCommand(Supplier<ProcessCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    /** The server settings these options describe; IllegalArgumentException naming a bad option. */
    public ServerConfig config() {
        if (retentionHours < 1) throw new IllegalArgumentException("--retention must be >= 1 hour, got " + retentionHours);
        String key = apiKey == null || apiKey.isBlank() ? null : apiKey;
        return new ServerConfig(bind, port, dataDir, jobsDir, workers, queueLimit, key,
                Duration.ofHours(retentionHours), maxBody, maxUpload, corsOrigins, publicUrl);
    }

    @Override
    public Integer call() throws InterruptedException {
        ProcessingServer server = new ProcessingServer(config(), catalogue.get()).start();
        System.err.println("dipmix server listening on http://" + bind + ":" + server.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "dipmix-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
