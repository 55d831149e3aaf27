package dipmix.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.JobManager;
import dipmix.jobs.JobPage;
import dipmix.jobs.JobQuery;
import dipmix.jobs.JobRecord;
import dipmix.jobs.JobStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** GET /jobs, GET /jobs/{id}, GET /jobs/{id}/results, DELETE /jobs/{id}. */
final class JobRoutes {
    private final JobManager jobs;
    private final ApiKeyGuard guard;

    JobRoutes(JobManager jobs, ApiKeyGuard guard) {
        this.jobs = jobs;
        this.guard = guard;
    }

    void register(RoutesConfig r) {
        r.get("/jobs", this::list);
        r.get("/jobs/{id}", this::status);
        r.get("/jobs/{id}/results", this::results);
        r.delete("/jobs/{id}", this::dismiss);
    }

    private JobRecord job(String id) {
        return jobs.get(id).orElseThrow(() -> ApiProblem.noSuchJob(id));
    }

    private void list(Context ctx) {
        String b = Respond.base(ctx);
        JobListQuery parsed = JobListQuery.parse(ctx);
        JobQuery q = parsed.query();
        JobPage page = parsed.matchesNothing() ? new JobPage(List.of(), 0) : jobs.list(q);
        ObjectNode n = Respond.JSON.createObjectNode();
        ArrayNode arr = n.putArray("jobs");
        for (JobRecord j : page.jobs()) arr.add(StatusInfoJson.statusInfo(j, b));
        n.put("numberMatched", page.totalMatched()).put("numberReturned", page.jobs().size());
        ArrayNode links = n.putArray("links");
        links.add(Respond.link(pageUrl(ctx, b, q.offset()), "self", "application/json", "this page"));
        if (q.offset() + page.jobs().size() < page.totalMatched()) {
            links.add(Respond.link(pageUrl(ctx, b, q.offset() + q.limit()), "next", "application/json", "next page"));
        }
        if (q.offset() > 0) {
            links.add(Respond.link(pageUrl(ctx, b, Math.max(0, q.offset() - q.limit())), "prev", "application/json", "previous page"));
        }
        Respond.negotiated(ctx, "Jobs", n);
    }

    /** The current request's URL with another offset (other parameters kept). */
    private static String pageUrl(Context ctx, String base, int offset) {
        StringBuilder sb = new StringBuilder(base).append("/jobs?");
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("offset")) continue;
            for (String v : e.getValue()) sb.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
        }
        return sb.append("offset=").append(offset).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void status(Context ctx) {
        JobRecord j = job(ctx.pathParam("id"));
        Respond.negotiated(ctx, "Job " + j.jobId(), StatusInfoJson.statusInfo(j, Respond.base(ctx)));
    }

    private void results(Context ctx) {
        JobRecord j = job(ctx.pathParam("id"));
        switch (j.status()) {
            case SUCCESSFUL -> Respond.negotiated(ctx, "Results of job " + j.jobId(), StatusInfoJson.results(j, Respond.base(ctx), null));
            case FAILED -> throw new ApiProblem(500, "about:blank", "Job failed", "job " + j.jobId() + " failed: " + j.message());
            case DISMISSED -> throw new ApiProblem(404, ApiProblem.OGC + "no-such-job", "Job dismissed",
                    "job " + j.jobId() + " was dismissed and its results removed");
            default -> throw new ApiProblem(404, ApiProblem.OGC + "result-not-ready", "Result not ready",
                    "job " + j.jobId() + " is " + j.status().code() + " (" + j.progress() + "%); results exist once it is successful");
        }
    }

    private void dismiss(Context ctx) {
        guard.require(ctx);
        String id = ctx.pathParam("id");
        JobRecord j = jobs.dismiss(id).orElseThrow(() -> ApiProblem.noSuchJob(id));
        if (j.status() != JobStatus.DISMISSED) throw new IllegalStateException("dismissal did not take effect for " + id);
        Respond.json(ctx, 200, StatusInfoJson.statusInfo(j, Respond.base(ctx)));
    }
}
