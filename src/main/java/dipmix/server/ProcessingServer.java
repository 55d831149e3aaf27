package dipmix.server;

import dipmix.jobs.H2JobStore;
import dipmix.jobs.InputResolver;
import dipmix.jobs.JobManager;
import dipmix.jobs.ProcessCatalogue;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The dipmix processing server: OGC API - Processes and WPS 1.0.0 over a {@link JobManager} with an embedded H2
 * job store in the jobs directory.
 *
 * <pre>{@code
 * ProcessCatalogue cat = new ProcessCatalogue().register(EchoProcess.definition(), EchoProcess.runner());
 * ProcessingServer s = new ProcessingServer(ServerConfig.defaults(dataDir, jobsDir), cat).start();
 * ... s.port() ...
 * s.stop();
 * }</pre>
 * Guarantees: a job is committed to the store before its 201 is sent; error responses are problem details (JSON)
 * or OWS exception reports (WPS) and never contain a stack trace; one log line per request (logger
 * {@code dipmix.server.request}) and per job transition (logger {@code dipmix.jobs.JobManager}).
 */
public final class ProcessingServer {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingServer.class);
    private static final Logger REQUESTS = LoggerFactory.getLogger("dipmix.server.request");

    private final ServerConfig config;
    private final JobManager jobs;
    private final Javalin app;
    private final UploadRoutes uploads;
    private final java.util.concurrent.ScheduledExecutorService uploadJanitor =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dipmix-upload-janitor");
                t.setDaemon(true);
                return t;
            });

    /** Opens the job store and builds the routes; nothing listens until {@link #start()}. */
    public ProcessingServer(ServerConfig config, ProcessCatalogue catalogue) {
        this.config = config;
        try {
            Files.createDirectories(config.jobsDir());
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create directory: " + e.getMessage());
        }
        InputResolver resolver = new InputResolver(config.dataDir());
        this.jobs = new JobManager(catalogue, new H2JobStore(config.jobsDir()), config.jobsDir(), resolver,
                config.workers(), config.queueLimit(), config.retention(), Clock.systemUTC());
        ApiKeyGuard guard = new ApiKeyGuard(config.apiKey());
        ProcessRoutes processes = new ProcessRoutes(jobs, guard, config.maxBodyBytes());
        JobRoutes jobRoutes = new JobRoutes(jobs, guard);
        FileRoutes files = new FileRoutes(jobs);
        this.uploads = new UploadRoutes(resolver.dataDir(), config.maxUploadBytes(), guard);
        WpsRoutes wps = new WpsRoutes(jobs, guard, config.maxBodyBytes());
        this.app = Javalin.create(cfg -> {
            configure(cfg);
            LandingRoutes.register(cfg.routes);
            processes.register(cfg.routes);
            jobRoutes.register(cfg.routes);
            files.register(cfg.routes);
            uploads.register(cfg.routes);
            wps.register(cfg.routes);
        });
    }

    private void configure(JavalinConfig cfg) {
        cfg.jetty.host = config.bind();
        cfg.jetty.port = config.port();
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.startup.showJavalinBanner = false;
        cfg.router.ignoreTrailingSlashes = true;
        if (!config.corsOrigins().isEmpty()) {
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                if (config.corsOrigins().contains("*")) rule.anyHost();
                else rule.allowHost(config.corsOrigins().get(0), config.corsOrigins().subList(1, config.corsOrigins().size()).toArray(String[]::new));
                rule.exposeHeader("Location");
                rule.exposeHeader("Content-Range");
                rule.exposeHeader("Accept-Ranges");
            }));
        }
        if (config.publicUrl() != null) cfg.routes.before(ctx -> ctx.attribute(Respond.PUBLIC_URL, config.publicUrl()));
        cfg.requestLogger.http((ctx, ms) -> REQUESTS.info("method={} path={} status={} ms={} ip={}",
                ctx.method().name(), ctx.path(), ctx.statusCode(), String.format("%.1f", ms), ctx.ip()));
        cfg.routes.exception(ApiProblem.class, (e, ctx) -> Respond.problem(ctx, e));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> Respond.problem(ctx, fromJavalin(e)));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method().name(), ctx.path(), e);
            Respond.problem(ctx, new ApiProblem(500, "about:blank", "Internal Server Error",
                    "the server failed to handle this request; see the server log"));
        });
        cfg.routes.error(404, ctx -> fillIfEmpty(ctx, ApiProblem.notFound("no resource at " + ctx.path())));
        cfg.routes.error(405, ctx -> fillIfEmpty(ctx, new ApiProblem(405, "about:blank", "Method Not Allowed",
                ctx.method().name() + " is not allowed on " + ctx.path())));
    }

    private static void fillIfEmpty(Context ctx, ApiProblem p) {
        String ct = ctx.res().getContentType();
        if (ct == null || !(ct.contains("problem+json") || ct.contains("xml"))) Respond.problem(ctx, p);
    }

    private static ApiProblem fromJavalin(HttpResponseException e) {
        int s = e.getStatus();
        HttpStatus hs = HttpStatus.forStatus(s);
        String title = hs == HttpStatus.UNKNOWN ? "Error" : hs.getMessage();
        String detail = switch (s) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 413 -> "the request body is too large";
            default -> title;
        };
        return new ApiProblem(s, "about:blank", title, detail);
    }

    /** Recovers stored jobs (see {@link JobManager#start()}) and starts listening. */
    public ProcessingServer start() {
        jobs.start();
        uploadJanitor.scheduleWithFixedDelay(this::removeExpiredUploads, 0, 1, java.util.concurrent.TimeUnit.HOURS);
        app.start();
        LOG.info("listening on http://{}:{}/ data-dir={} jobs-dir={} workers={} queue-limit={}", config.bind(), port(),
                config.dataDir(), config.jobsDir(), config.workers(), config.queueLimit());
        return this;
    }

    /** Deletes uploads older than the retention period. */
    int removeExpiredUploads() {
        try {
            return uploads.removeExpired(java.time.Instant.now().minus(config.retention()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("upload cleanup failed: {}", e.toString());
            return 0;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The job manager (for embedding and tests). */
    public JobManager jobs() {
        return jobs;
    }

    /**
     * Stops listening and stops the workers without finishing their jobs; the store is closed. Jobs that were
     * running are failed by the next start on the same jobs directory.
     */
    public void stop() {
        uploadJanitor.shutdownNow();
        app.stop();
        jobs.close();
    }
}
