package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Landing page, conformance, OpenAPI, processes, execution and jobs of OGC API - Processes, JSON and HTML. */
class OgcApiRoutesTest extends LiveServerTest {

    private static JsonNode rel(JsonNode doc, String rel) {
        for (JsonNode l : doc.get("links")) if (l.path("rel").asText().equals(rel)) return l;
        throw new AssertionError("no link rel=" + rel + " in " + doc);
    }

    @Test
    void landingPageLinksServiceDescConformanceProcessesAndJobs() throws Exception {
        HttpResponse<String> r = s.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode n = json(r);
        OgcSchemas.links(n);
        assertThat(rel(n, "service-desc").path("type").asText()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        assertThat(rel(n, "http://www.opengis.net/def/rel/ogc/1.0/conformance").path("href").asText()).endsWith("/conformance");
        assertThat(rel(n, "http://www.opengis.net/def/rel/ogc/1.0/processes").path("href").asText()).endsWith("/processes");
        assertThat(rel(n, "http://www.opengis.net/def/rel/ogc/1.0/job-list").path("href").asText()).endsWith("/jobs");
        assertThat(rel(n, "self").path("href").asText()).startsWith("http://127.0.0.1:" + s.server.port());
    }

    @Test
    void conformanceDeclaresOnlyTheTestedClasses() throws Exception {
        JsonNode n = json(s.get("/conformance"));
        List<String> got = new ArrayList<>();
        n.get("conformsTo").forEach(c -> got.add(c.asText()));
        String p = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/";
        assertThat(got).containsExactlyInAnyOrder(p + "core", p + "ogc-process-description", p + "json", p + "html",
                p + "oas30", p + "job-list", p + "dismiss");
    }

    @Test
    void apiIsAnOpenApi30DocumentListingEveryRoute() throws Exception {
        HttpResponse<String> r = s.get("/api");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.oai.openapi+json");
        JsonNode n = json(r);
        assertThat(n.path("openapi").asText()).startsWith("3.0");
        assertThat(n.path("info").has("title")).isTrue();
        List<String> paths = new ArrayList<>();
        n.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/", "/conformance", "/api", "/processes", "/processes/{processID}",
                "/processes/{processID}/execution", "/jobs", "/jobs/{jobId}", "/jobs/{jobId}/results", "/uploads");
        assertThat(n.at("/paths/~1jobs~1{jobId}/delete/responses").has("200")).isTrue();
    }

    @Test
    void processListAndDescriptionFollowTheSchemas() throws Exception {
        JsonNode list = json(s.get("/processes"));
        OgcSchemas.links(list);
        List<String> ids = new ArrayList<>();
        for (JsonNode p : list.get("processes")) {
            OgcSchemas.processSummary(p);
            ids.add(p.get("id").asText());
        }
        assertThat(ids).contains("echo", "slow");
        JsonNode echo = json(s.get("/processes/echo"));
        OgcSchemas.process(echo);
        assertThat(echo.path("jobControlOptions").toString()).contains("sync-execute", "async-execute", "dismiss");
        assertThat(echo.at("/inputs/stringInput/schema/type").asText()).isEqualTo("string");
        assertThat(echo.at("/inputs/doubleInput/schema/type").asText()).isEqualTo("number");
        assertThat(echo.at("/inputs/complexObjectInput/schema/type").asText()).isEqualTo("object");
        JsonNode slow = json(s.get("/processes/slow"));
        assertThat(slow.at("/inputs/iterations/schema/minimum").asInt()).isEqualTo(1);
        assertThat(slow.at("/inputs/iterations/schema/default").asInt()).isEqualTo(5);
        assertThat(slow.at("/outputs/table/schema/contentMediaType").asText()).isEqualTo("text/csv");
    }

    @Test
    void htmlByAcceptHeaderAndByF() throws Exception {
        for (String path : List.of("/", "/processes", "/processes/echo", "/jobs", "/conformance")) {
            HttpResponse<String> byF = s.get(path + "?f=html");
            assertThat(byF.statusCode()).isEqualTo(200);
            assertThat(byF.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(byF.body()).startsWith("<!DOCTYPE html>");
            HttpResponse<String> byAccept = s.get(path, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        }
        HttpResponse<String> json = s.get("/processes", "Accept", "application/json");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(s.get("/processes?f=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void htmlEscapesUserText() throws Exception {
        String body = "{\"inputs\":{\"stringInput\":\"<script>alert(1)</script>\"}}";
        HttpResponse<String> r = s.postJson("/processes/echo/execution", body, "Prefer", "respond-async");
        String id = json(r).get("jobID").asText();
        s.awaitFinal(id);
        String html = s.get("/jobs/" + id + "/results?f=html").body();
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void syncEchoReturnsStringNumberAndObjectUnchanged() throws Exception {
        String body = "{\"inputs\":{\"stringInput\":\"hello\",\"doubleInput\":2.5,\"complexObjectInput\":{\"a\":[1,2],\"b\":{\"c\":\"d\"}}}}";
        HttpResponse<String> r = s.postJson("/processes/echo/execution", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json(r);
        assertThat(n.get("stringOutput").asText()).isEqualTo("hello");
        assertThat(n.get("doubleOutput").asDouble()).isEqualTo(2.5);
        assertThat(n.get("complexObjectOutput")).isEqualTo(TestServer.JSON.readTree("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}"));
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/jobs/");
    }

    @Test
    void syncRawWithOneOutputAnswersTheBareValue() throws Exception {
        String body = "{\"inputs\":{\"stringInput\":\"plain\",\"doubleInput\":1},\"outputs\":{\"stringOutput\":{}},\"response\":\"raw\"}";
        HttpResponse<String> r = s.postJson("/processes/echo/execution", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).isEqualTo("plain");
    }

    @Test
    void qualifiedValuesAreUnwrapped() throws Exception {
        String body = "{\"inputs\":{\"stringInput\":{\"value\":\"q\",\"mediaType\":\"text/plain\"}}}";
        JsonNode n = json(s.postJson("/processes/echo/execution", body));
        assertThat(n.get("stringOutput").asText()).isEqualTo("q");
    }

    @Test
    void asyncAnswers201WithLocationAndStatusInfoThenResults() throws Exception {
        HttpResponse<String> r = s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":20,\"delayMs\":5}}",
                "Prefer", "respond-async");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode si = json(r);
        OgcSchemas.statusInfo(si);
        assertThat(si.get("status").asText()).isIn("accepted", "running");
        String loc = r.headers().firstValue("Location").orElseThrow();
        assertThat(loc).isEqualTo(s.url("/jobs/" + si.get("jobID").asText()));
        assertThat(r.headers().firstValue("Preference-Applied").orElse("")).isEqualTo("respond-async");
        assertThat(rel(si, "monitor").path("href").asText()).isEqualTo(loc);
        JsonNode done = s.awaitFinal(si.get("jobID").asText());
        OgcSchemas.statusInfo(done);
        assertThat(done.get("status").asText()).isEqualTo("successful");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.has("started") && done.has("finished")).isTrue();
        String resultsHref = rel(done, "http://www.opengis.net/def/rel/ogc/1.0/results").get("href").asText();
        JsonNode res = TestServer.JSON.readTree(s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(resultsHref)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(res.get("steps").asInt()).isEqualTo(20);
        assertThat(res.at("/table/href").asText()).isEqualTo(loc + "/files/out/table.csv");
        assertThat(res.at("/table/type").asText()).isEqualTo("text/csv");
        HttpResponse<String> csv = s.get("/jobs/" + si.get("jobID").asText() + "/files/out/table.csv");
        assertThat(csv.body().lines().count()).isEqualTo(21);
        assertThat(csv.body()).startsWith("step,loss\n1,1.0\n2,0.5\n");
    }

    @Test
    void runningJobReportsRealProgressAndStageMessage() throws Exception {
        HttpResponse<String> r = s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":400,\"delayMs\":10}}",
                "Prefer", "respond-async");
        String id = json(r).get("jobID").asText();
        JsonNode seen = null;
        for (int i = 0; i < 1000; i++) {
            JsonNode st = json(s.get("/jobs/" + id));
            if (st.get("status").asText().equals("running") && st.get("progress").asInt() > 0) {
                seen = st;
                break;
            }
            Thread.sleep(10);
        }
        assertThat(seen).as("saw the job running with progress").isNotNull();
        assertThat(seen.get("message").asText()).isEqualTo("training");
        assertThat(seen.get("progress").asInt()).isBetween(1, 99);
        HttpResponse<String> notReady = s.get("/jobs/" + id + "/results");
        assertThat(notReady.statusCode()).isEqualTo(404);
        assertThat(json(notReady).get("type").asText()).isEqualTo("http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/result-not-ready");
        HttpResponse<String> del = s.send("DELETE", "/jobs/" + id, null);
        assertThat(del.statusCode()).isEqualTo(200);
        OgcSchemas.statusInfo(json(del));
        assertThat(json(del).get("status").asText()).isEqualTo("dismissed");
    }

    @Test
    void dismissStopsARunningJobWithinAnIterationAndRemovesItsFiles() throws Exception {
        HttpResponse<String> r = s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":100000,\"delayMs\":20}}",
                "Prefer", "respond-async");
        String id = json(r).get("jobID").asText();
        for (int i = 0; i < 500 && !json(s.get("/jobs/" + id)).get("status").asText().equals("running"); i++) Thread.sleep(10);
        Path dir = s.server.jobs().jobDir(id);
        assertThat(dir).exists();
        JsonNode d = json(s.send("DELETE", "/jobs/" + id, null));
        assertThat(d.get("status").asText()).isEqualTo("dismissed");
        // the worker stops at its next monitor check (20 ms steps); then the worker is free for the next job
        JsonNode next = json(s.postJson("/processes/echo/execution", "{\"inputs\":{\"stringInput\":\"after\"}}"));
        assertThat(next.get("stringOutput").asText()).isEqualTo("after");
        assertThat(dir).doesNotExist();
        JsonNode after = json(s.get("/jobs/" + id));
        assertThat(after.get("status").asText()).isEqualTo("dismissed");
        assertThat(after.get("progress").asInt()).isLessThan(100);
        assertThat(s.get("/jobs/" + id + "/results").statusCode()).isEqualTo(404);
    }

    @Test
    void failedJobCarriesTheAlgorithmMessage() throws Exception {
        String id = json(s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":2,\"delayMs\":1,\"fail\":true}}",
                "Prefer", "respond-async")).get("jobID").asText();
        JsonNode done = s.awaitFinal(id);
        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.get("message").asText()).isEqualTo("asked to fail after 2 steps");
        HttpResponse<String> res = s.get("/jobs/" + id + "/results");
        assertThat(res.statusCode()).isEqualTo(500);
        OgcSchemas.exception(json(res), 500);
        HttpResponse<String> sync = s.postJson("/processes/slow/execution", "{\"inputs\":{\"iterations\":1,\"delayMs\":1,\"fail\":true}}");
        assertThat(sync.statusCode()).isEqualTo(500);
        assertThat(json(sync).get("detail").asText()).contains("asked to fail after 1 steps");
    }

    @Test
    void jobListFiltersAndPages() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(json(s.postJson("/processes/echo/execution", "{\"inputs\":{\"stringInput\":\"x" + i + "\"}}",
                    "Prefer", "respond-async")).get("jobID").asText());
        }
        for (String id : ids) s.awaitFinal(id);
        JsonNode page1 = json(s.get("/jobs?processID=echo&status=successful&limit=2"));
        OgcSchemas.links(page1);
        assertThat(page1.get("jobs").size()).isEqualTo(2);
        page1.get("jobs").forEach(OgcSchemas::statusInfo);
        page1.get("jobs").forEach(j -> assertThat(j.get("processID").asText()).isEqualTo("echo"));
        String next = rel(page1, "next").get("href").asText();
        assertThat(next).contains("processID=echo").contains("limit=2").contains("offset=2");
        List<String> all = new ArrayList<>();
        String url = "/jobs?processID=echo&limit=2";
        for (int guard = 0; guard < 100 && url != null; guard++) {
            JsonNode p = json(s.get(url));
            p.get("jobs").forEach(j -> all.add(j.get("jobID").asText()));
            url = null;
            for (JsonNode l : p.get("links")) if (l.get("rel").asText().equals("next")) url = l.get("href").asText().substring(s.url("").length());
        }
        assertThat(all).doesNotHaveDuplicates().containsAll(ids);
        assertThat(json(s.get("/jobs?processID=slow")).get("jobs").findValuesAsText("processID")).containsOnly("slow");
        assertThat(json(s.get("/jobs?type=other")).get("jobs").size()).isZero();
        assertThat(json(s.get("/jobs?type=process&processID=echo")).get("jobs").size()).isPositive();
        assertThat(json(s.get("/jobs?datetime=2000-01-01T00:00:00Z/2000-01-02T00:00:00Z")).get("jobs").size()).isZero();
        assertThat(json(s.get("/jobs?processID=echo&datetime=2000-01-01T00:00:00Z/..")).get("jobs").size()).isPositive();
        assertThat(json(s.get("/jobs?status=failed,dismissed")).get("jobs").findValuesAsText("status")).allMatch(t -> t.equals("failed") || t.equals("dismissed"));
        assertThat(s.get("/jobs?status=done").statusCode()).isEqualTo(400);
        assertThat(s.get("/jobs?limit=0").statusCode()).isEqualTo(400);
        assertThat(s.get("/jobs?datetime=yesterday").statusCode()).isEqualTo(400);
    }
}
