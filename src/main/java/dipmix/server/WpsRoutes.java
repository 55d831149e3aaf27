package dipmix.server;

import dipmix.jobs.InvalidInputException;
import dipmix.jobs.JobManager;
import dipmix.jobs.JobRecord;
import dipmix.jobs.JobStatus;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.QueueFullException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * WPS 1.0.0 at /wps: GetCapabilities and DescribeProcess by KVP GET, Execute by POST XML. Execute with
 * storeExecuteResponse="true" and status="true" answers at once with ProcessAccepted and a statusLocation
 * ({@code /wps/status/{jobId}}) to poll; otherwise it waits for the job. File outputs are always references.
 * Jobs are the same jobs as in OGC API - Processes (visible under /jobs).
 */
final class WpsRoutes {
    private final JobManager jobs;
    private final ApiKeyGuard guard;
    private final long maxBody;

    WpsRoutes(JobManager jobs, ApiKeyGuard guard, long maxBody) {
        this.jobs = jobs;
        this.guard = guard;
        this.maxBody = maxBody;
    }

    void register(RoutesConfig r) {
        r.get("/wps", this::kvp);
        r.post("/wps", this::execute);
        r.get("/wps/status/{id}", this::status);
        r.exception(WpsException.class, (e, ctx) -> ctx.status(e.status()).contentType(WpsXml.XML_TYPE).result(e.report()));
    }

    private ProcessDefinition definition(String id) {
        return jobs.catalogue().find(id).orElseThrow(() -> WpsException.invalid("Identifier", "no process with identifier '" + id + "'"))
                .definition();
    }

    /** KVP parameter names are case-insensitive in OWS. */
    private static String param(Context ctx, String name) {
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
        }
        return null;
    }

    private void kvp(Context ctx) {
        String service = param(ctx, "service");
        if (service == null) throw WpsException.missing("service");
        if (!service.equalsIgnoreCase("WPS")) throw WpsException.invalid("service", "service must be WPS, got '" + service + "'");
        String request = param(ctx, "request");
        if (request == null) throw WpsException.missing("request");
        String version = param(ctx, "version");
        if (version != null && !request.equalsIgnoreCase("GetCapabilities") && !version.equals("1.0.0")) {
            throw new WpsException(400, "VersionNegotiationFailed", "version", "only WPS 1.0.0 is supported, got " + version);
        }
        String base = Respond.base(ctx);
        if (request.equalsIgnoreCase("GetCapabilities")) {
            xml(ctx, 200, WpsCapabilities.build(base + "/wps", jobs.catalogue().definitions()));
        } else if (request.equalsIgnoreCase("DescribeProcess")) {
            String ids = param(ctx, "identifier");
            if (ids == null || ids.isBlank()) throw WpsException.missing("identifier");
            List<ProcessDefinition> defs = new ArrayList<>();
            if (ids.equalsIgnoreCase("all")) defs.addAll(jobs.catalogue().definitions());
            else for (String id : ids.split(",")) defs.add(definition(id.trim()));
            xml(ctx, 200, WpsDescribe.build(defs));
        } else if (request.equalsIgnoreCase("Execute")) {
            throw new WpsException(400, "OperationNotSupported", "request", "Execute is supported by POST of an XML document only");
        } else {
            throw new WpsException(400, "OperationNotSupported", "request", "unknown request '" + request + "'");
        }
    }

    private void execute(Context ctx) throws Exception {
        try {
            guard.require(ctx);
        } catch (ApiProblem p) {
            throw new WpsException(401, "NoApplicableCode", "Authorization", p.getMessage());
        }
        String ct = ctx.header("Content-Type");
        if (ct != null && !ct.toLowerCase(java.util.Locale.ROOT).contains("xml")) {
            throw new WpsException(415, "InvalidParameterValue", "Content-Type", "Execute must be posted as XML, got " + ct);
        }
        byte[] body;
        try {
            body = RequestBodies.read(ctx, maxBody);
        } catch (ApiProblem p) {
            throw new WpsException(p.status(), "NoApplicableCode", "request", p.getMessage());
        }
        Element root = WpsExecuteRequest.parseRoot(body);
        WpsExecuteRequest req = WpsExecuteRequest.parse(root, this::definition);
        ProcessDefinition def = definition(req.identifier());
        JobRecord job;
        try {
            job = jobs.submit(def.id(), req.inputs());
        } catch (InvalidInputException e) {
            throw WpsException.invalid(e.inputId(), e.getMessage());
        } catch (QueueFullException e) {
            ctx.header("Retry-After", "30");
            throw new WpsException(503, "ServerBusy", null, e.getMessage());
        }
        String base = Respond.base(ctx);
        String statusLocation = base + "/wps/status/" + job.jobId()
                + (req.outputs().isEmpty() ? "" : "?outputs=" + String.join(",", req.outputs()));
        if (req.async()) {
            xml(ctx, 200, WpsExecuteResponse.build(job, def, base, statusLocation, req.outputs()));
            return;
        }
        JobRecord done = jobs.await(job.jobId());
        if (req.rawOutput() != null && done.status() == JobStatus.SUCCESSFUL) {
            raw(ctx, done, req.rawOutput());
            return;
        }
        xml(ctx, 200, WpsExecuteResponse.build(done, def, base, null, req.outputs()));
    }

    private void raw(Context ctx, JobRecord done, String outputId) throws Exception {
        var stored = Respond.JSON.readTree(done.results()).get(outputId);
        if (stored == null) throw WpsException.invalid(outputId, "the job produced no output " + outputId);
        if (stored.has("file")) {
            Path f = jobs.jobDir(done.jobId()).resolve(stored.get("file").asText());
            ctx.status(200).contentType(stored.get("type").asText()).result(Files.newInputStream(f));
        } else {
            var v = stored.get("value");
            if (v.isContainerNode()) Respond.json(ctx, 200, v);
            else ctx.status(200).contentType("text/plain; charset=utf-8").result(v.asText());
        }
    }

    private void status(Context ctx) {
        String id = ctx.pathParam("id");
        JobRecord j = jobs.get(id).orElseThrow(() -> WpsException.invalid("jobId", "no job with id '" + id + "'"));
        ProcessDefinition def = definition(j.processId());
        String outs = ctx.queryParam("outputs");
        List<String> wanted = outs == null || outs.isBlank() ? List.of() : Arrays.asList(outs.split(","));
        String base = Respond.base(ctx);
        String self = base + "/wps/status/" + id + (outs == null ? "" : "?outputs=" + outs);
        xml(ctx, 200, WpsExecuteResponse.build(j, def, base, self, wanted));
    }

    private static void xml(Context ctx, int status, String body) {
        ctx.status(status).contentType(WpsXml.XML_TYPE).result(body);
    }
}
