package dipmix.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.InputDescription;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.ProcessDefinition;

/** Process summaries and descriptions in the OGC API - Processes 1.0 JSON encoding (processSummary, process). */
final class ProcessJson {
    private ProcessJson() { }

    static ObjectNode summary(ProcessDefinition d, String base) {
        ObjectNode n = Respond.JSON.createObjectNode();
        n.put("id", d.id()).put("title", d.title()).put("description", d.description()).put("version", d.version());
        ArrayNode jc = n.putArray("jobControlOptions");
        for (JobControl c : d.jobControlOrdered()) jc.add(c.code());
        n.putArray("outputTransmission").add("value").add("reference");
        String self = base + "/processes/" + d.id();
        n.putArray("links").add(Respond.link(self, "self", "application/json", "process description"))
                .add(Respond.link(self + "?f=html", "alternate", "text/html", "process description as HTML"))
                .add(Respond.link(self + "/execution", "http://www.opengis.net/def/rel/ogc/1.0/execute", "application/json", "execute"));
        return n;
    }

    static ObjectNode description(ProcessDefinition d, String base) {
        ObjectNode n = summary(d, base);
        ObjectNode ins = n.putObject("inputs");
        for (InputDescription i : d.inputs()) {
            ObjectNode o = ins.putObject(i.id());
            o.put("title", i.title()).put("description", i.description());
            o.put("minOccurs", i.minOccurs()).put("maxOccurs", 1);
            if (i.reference()) {
                ObjectNode s = o.putObject("schema");
                s.putArray("oneOf").add(i.schema().deepCopy())
                        .add(Respond.JSON.createObjectNode().put("type", "object").set("required",
                                Respond.JSON.createArrayNode().add("href")));
            } else {
                o.set("schema", i.schema().deepCopy());
            }
        }
        ObjectNode outs = n.putObject("outputs");
        for (OutputDescription od : d.outputs()) {
            ObjectNode o = outs.putObject(od.id());
            o.put("title", od.title()).put("description", od.description());
            o.set("schema", od.schema().deepCopy());
        }
        return n;
    }
}
