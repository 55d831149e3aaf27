package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import dipmix.jobs.JobRecord;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.ProcessDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The WPS 1.0.0 ExecuteResponse for a job at any stage: accepted, started (with percentCompleted), succeeded (with
 * outputs: files as wps:Reference to their URL under the job, values as LiteralData or JSON ComplexData) or failed
 * (with an ExceptionReport carrying the job's message; a dismissed job reads as failed).
 */
final class WpsExecuteResponse {
    private WpsExecuteResponse() { }

    /** @param outputs requested output ids; empty = all */
    static String build(JobRecord j, ProcessDefinition def, String base, String statusLocation, List<String> outputs) {
        Document d = WpsXml.document("ExecuteResponse");
        Element root = d.getDocumentElement();
        root.setAttribute("serviceInstance", base + "/wps?service=WPS&request=GetCapabilities");
        if (statusLocation != null) root.setAttribute("statusLocation", statusLocation);
        Element p = WpsXml.wps(root, "Process");
        p.setAttributeNS(WpsXml.WPS, "wps:processVersion", def.version());
        WpsXml.ows(p, "Identifier", def.id());
        WpsXml.ows(p, "Title", def.title());
        Element status = WpsXml.wps(root, "Status");
        status.setAttribute("creationTime", j.updated() == null ? j.created().toString() : j.updated().toString());
        String msg = j.message() == null ? "" : j.message();
        switch (j.status()) {
            case ACCEPTED -> WpsXml.wpsText(status, "ProcessAccepted", msg);
            case RUNNING -> WpsXml.wpsText(status, "ProcessStarted", msg).setAttribute("percentCompleted", String.valueOf(j.progress()));
            case SUCCESSFUL -> WpsXml.wpsText(status, "ProcessSucceeded", msg);
            case FAILED, DISMISSED -> {
                Element failed = WpsXml.wps(status, "ProcessFailed");
                Element rep = WpsXml.ows(failed, "ExceptionReport", null);
                rep.setAttribute("version", "1.0.0");
                Element ex = WpsXml.ows(rep, "Exception", null);
                ex.setAttribute("exceptionCode", "NoApplicableCode");
                WpsXml.ows(ex, "ExceptionText", j.status().code() + ": " + msg);
            }
        }
        if (j.status() == dipmix.jobs.JobStatus.SUCCESSFUL) outputs(root, j, def, base, outputs);
        return WpsXml.serialize(d);
    }

    private static void outputs(Element root, JobRecord j, ProcessDefinition def, String base, List<String> wanted) {
        Element po = WpsXml.wps(root, "ProcessOutputs");
        JsonNode stored;
        try {
            stored = Respond.JSON.readTree(j.results() == null ? "{}" : j.results());
        } catch (IOException e) {
            throw new IllegalStateException("corrupt results of job " + j.jobId(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!wanted.isEmpty() && !wanted.contains(e.getKey())) continue;
            OutputDescription od = def.output(e.getKey()).orElse(null);
            Element o = WpsXml.wps(po, "Output");
            WpsXml.ows(o, "Identifier", e.getKey());
            WpsXml.ows(o, "Title", od == null ? e.getKey() : od.title());
            JsonNode v = e.getValue();
            if (v.has("file")) {
                Element ref = WpsXml.wps(o, "Reference");
                ref.setAttribute("href", StatusInfoJson.fileUrl(base, j.jobId(), v.get("file").asText()));
                ref.setAttribute("mimeType", v.get("type").asText());
            } else {
                JsonNode val = v.get("value");
                Element data = WpsXml.wps(o, "Data");
                if (val.isContainerNode()) {
                    Element cx = WpsXml.wpsText(data, "ComplexData", val.toString());
                    cx.setAttribute("mimeType", "application/json");
                } else {
                    Element lit = WpsXml.wpsText(data, "LiteralData", val.asText());
                    lit.setAttribute("dataType", val.isIntegralNumber() ? "integer" : val.isNumber() ? "double"
                            : val.isBoolean() ? "boolean" : "string");
                }
            }
        }
    }
}
