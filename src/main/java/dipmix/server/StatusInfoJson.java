package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.JobRecord;
import dipmix.jobs.JobStatus;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/** statusInfo and results documents of OGC API - Processes 1.0 built from a {@link JobRecord}. */
final class StatusInfoJson {
    static final String RESULTS_REL = "http://www.opengis.net/def/rel/ogc/1.0/results";

    private StatusInfoJson() { }

    static ObjectNode statusInfo(JobRecord j, String base) {
        ObjectNode n = Respond.JSON.createObjectNode();
        n.put("jobID", j.jobId()).put("type", "process").put("processID", j.processId())
                .put("status", j.status().code()).put("message", j.message() == null ? "" : j.message())
                .put("progress", j.progress());
        time(n, "created", j.created());
        time(n, "started", j.started());
        time(n, "finished", j.finished());
        time(n, "updated", j.updated());
        String self = base + "/jobs/" + j.jobId();
        var links = n.putArray("links");
        links.add(Respond.link(self, "self", "application/json", "job status"));
        links.add(Respond.link(self, "monitor", "application/json", "job status"));
        links.add(Respond.link(self + "?f=html", "alternate", "text/html", "job status as HTML"));
        if (j.status() == JobStatus.SUCCESSFUL) links.add(Respond.link(self + "/results", RESULTS_REL, "application/json", "job results"));
        return n;
    }

    /** {"outputId": value | {"href": url, "type": media}} for the requested outputs (all when filter is null). */
    static ObjectNode results(JobRecord j, String base, java.util.Set<String> only) {
        ObjectNode out = Respond.JSON.createObjectNode();
        JsonNode stored;
        try {
            stored = Respond.JSON.readTree(j.results() == null ? "{}" : j.results());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt results of job " + j.jobId(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (only != null && !only.contains(e.getKey())) continue;
            out.set(e.getKey(), output(j.jobId(), base, e.getValue()));
        }
        return out;
    }

    /** One stored output: the inline value, or a link to the file. */
    static JsonNode output(String jobId, String base, JsonNode stored) {
        if (stored.has("file")) {
            return Respond.JSON.createObjectNode().put("href", fileUrl(base, jobId, stored.get("file").asText()))
                    .put("type", stored.get("type").asText());
        }
        return stored.get("value");
    }

    static String fileUrl(String base, String jobId, String path) {
        return base + "/jobs/" + jobId + "/files/" + path;
    }

    private static void time(ObjectNode n, String key, Instant t) {
        if (t != null) n.put(key, t.toString());
    }
}
