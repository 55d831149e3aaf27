package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.InvalidInputException;
import dipmix.jobs.JobControl;
import dipmix.jobs.JobManager;
import dipmix.jobs.JobRecord;
import dipmix.jobs.JobStatus;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.QueueFullException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * GET /processes, GET /processes/{id}, POST /processes/{id}/execution. Execution is asynchronous (201, Location,
 * statusInfo) when the client sends "Prefer: respond-async" and the process allows it, or when the process allows
 * only async; otherwise synchronous (200 with the results document, or the single raw value for response=raw).
 */
final class ProcessRoutes {
    private final JobManager jobs;
    private final ApiKeyGuard guard;
    private final long maxBody;

    ProcessRoutes(JobManager jobs, ApiKeyGuard guard, long maxBody) {
        this.jobs = jobs;
        this.guard = guard;
        this.maxBody = maxBody;
    }

    void register(RoutesConfig r) {
        r.get("/processes", this::list);
        r.get("/processes/{id}", this::describe);
        r.post("/processes/{id}/execution", this::execute);
    }

    private ProcessDefinition definition(String id) {
        return jobs.catalogue().find(id).orElseThrow(() -> ApiProblem.noSuchProcess(id)).definition();
    }

    private void list(Context ctx) {
        String b = Respond.base(ctx);
        ObjectNode n = Respond.JSON.createObjectNode();
        ArrayNode ps = n.putArray("processes");
        for (ProcessDefinition d : jobs.catalogue().definitions()) ps.add(ProcessJson.summary(d, b));
        n.putArray("links").add(Respond.link(b + "/processes", "self", "application/json", "process list"))
                .add(Respond.link(b + "/processes?f=html", "alternate", "text/html", "process list as HTML"));
        Respond.negotiated(ctx, "Processes", n);
    }

    private void describe(Context ctx) {
        ProcessDefinition d = definition(ctx.pathParam("id"));
        Respond.negotiated(ctx, "Process " + d.id(), ProcessJson.description(d, Respond.base(ctx)));
    }

    private void execute(Context ctx) throws InterruptedException {
        guard.require(ctx);
        ProcessDefinition d = definition(ctx.pathParam("id"));
        JsonNode body = RequestBodies.json(ctx, maxBody);
        if (!body.isObject()) throw ApiProblem.badRequest("the execute request must be a JSON object with an 'inputs' member");
        Set<String> outputs = requestedOutputs(d, body.get("outputs"));
        String response = body.path("response").asText("document");
        if (!response.equals("document") && !response.equals("raw")) {
            throw ApiProblem.badRequest("'response' must be 'document' or 'raw', got '" + response + "'");
        }
        String prefer = ctx.header("Prefer");
        boolean wantsAsync = prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async");
        boolean async = d.jobControl().contains(JobControl.ASYNC_EXECUTE)
                && (wantsAsync || !d.jobControl().contains(JobControl.SYNC_EXECUTE));
        JobRecord job = submit(ctx, d.id(), body.get("inputs"));
        String b = Respond.base(ctx);
        ctx.header("Location", b + "/jobs/" + job.jobId());
        if (async) {
            if (wantsAsync) ctx.header("Preference-Applied", "respond-async");
            Respond.json(ctx, 201, StatusInfoJson.statusInfo(job, b));
            return;
        }
        JobRecord done = jobs.await(job.jobId());
        if (done.status() != JobStatus.SUCCESSFUL) {
            throw new ApiProblem(500, "about:blank", "Execution failed", "job " + done.jobId() + " " + done.status().code()
                    + ": " + done.message());
        }
        ObjectNode results = StatusInfoJson.results(done, b, outputs);
        if (response.equals("raw") && results.size() == 1) {
            JsonNode only = results.elements().next();
            if (only.isTextual()) {
                ctx.status(200).contentType("text/plain; charset=utf-8").result(only.asText());
                return;
            }
            Respond.json(ctx, 200, only);
            return;
        }
        Respond.json(ctx, 200, results);
    }

    /** Submits and maps job-layer refusals to HTTP problems. */
    JobRecord submit(Context ctx, String processId, JsonNode inputs) {
        try {
            return jobs.submit(processId, inputs);
        } catch (InvalidInputException e) {
            throw ApiProblem.badRequest(e.getMessage());
        } catch (QueueFullException e) {
            ctx.header("Retry-After", "30");
            throw new ApiProblem(503, "about:blank", "Service Unavailable", e.getMessage());
        }
    }

    private static Set<String> requestedOutputs(ProcessDefinition d, JsonNode outputs) {
        if (outputs == null || outputs.isNull()) return null;
        if (!outputs.isObject()) throw ApiProblem.badRequest("'outputs' must be an object keyed by output id");
        Set<String> ids = new LinkedHashSet<>();
        for (Iterator<String> it = outputs.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            if (d.output(id).isEmpty()) throw ApiProblem.badRequest("output '" + id + "' is not an output of process '" + d.id() + "'");
            ids.add(id);
        }
        return ids.isEmpty() ? null : ids;
    }
}
