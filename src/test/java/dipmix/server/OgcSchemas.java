package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-written checks of the required properties and enumerations of the OGC API - Processes 1.0 schemas
 * (statusInfo.yaml, process.yaml / processSummary.yaml, link.yaml, exception.yaml, results).
 */
final class OgcSchemas {
    static final Set<String> STATUS = Set.of("accepted", "running", "successful", "failed", "dismissed");
    static final Set<String> JOB_CONTROL = Set.of("sync-execute", "async-execute", "dismiss");
    static final Set<String> TRANSMISSION = Set.of("value", "reference");

    private OgcSchemas() { }

    static void link(JsonNode l) {
        assertThat(l.path("href").isTextual()).as("link.href is a string: %s", l).isTrue();
        if (l.has("rel")) assertThat(l.get("rel").isTextual()).isTrue();
    }

    static void links(JsonNode n) {
        assertThat(n.path("links").isArray()).as("links array in %s", n).isTrue();
        n.get("links").forEach(OgcSchemas::link);
    }

    static void statusInfo(JsonNode s) {
        assertThat(s.path("jobID").isTextual()).as("jobID").isTrue();
        assertThat(s.path("type").asText()).isEqualTo("process");
        assertThat(STATUS).contains(s.path("status").asText());
        if (s.has("processID")) assertThat(s.get("processID").isTextual()).isTrue();
        if (s.has("message")) assertThat(s.get("message").isTextual()).isTrue();
        if (s.has("progress")) assertThat(s.get("progress").asInt()).isBetween(0, 100);
        for (String t : List.of("created", "started", "finished", "updated")) {
            if (s.has(t)) assertThat(java.time.Instant.parse(s.get(t).asText())).isNotNull();
        }
        if (s.has("links")) links(s);
    }

    static void processSummary(JsonNode p) {
        assertThat(p.path("id").isTextual()).isTrue();
        assertThat(p.path("version").isTextual()).isTrue();
        if (p.has("jobControlOptions")) p.get("jobControlOptions").forEach(j -> assertThat(JOB_CONTROL).contains(j.asText()));
        if (p.has("outputTransmission")) p.get("outputTransmission").forEach(j -> assertThat(TRANSMISSION).contains(j.asText()));
        if (p.has("links")) links(p);
    }

    static void process(JsonNode p) {
        processSummary(p);
        for (String k : List.of("inputs", "outputs")) {
            if (!p.has(k)) continue;
            assertThat(p.get(k).isObject()).as("%s is an object keyed by id", k).isTrue();
            for (Iterator<JsonNode> it = p.get(k).elements(); it.hasNext(); ) {
                JsonNode d = it.next();
                assertThat(d.path("schema").isObject()).as("%s description has a schema", k).isTrue();
                if (k.equals("inputs")) {
                    assertThat(d.path("minOccurs").asInt(0)).isGreaterThanOrEqualTo(0);
                    assertThat(d.path("maxOccurs").isInt() || d.path("maxOccurs").asText().equals("unbounded")).isTrue();
                }
            }
        }
    }

    static void exception(JsonNode e, int status) {
        assertThat(e.path("type").isTextual()).as("exception.type").isTrue();
        assertThat(e.path("title").isTextual()).isTrue();
        assertThat(e.path("status").asInt()).isEqualTo(status);
        assertThat(e.path("detail").isTextual()).isTrue();
        assertThat(e.toString()).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
