package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.InputDescription;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.ProcessDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

/**
 * The WPS 1.0.0 DescribeProcess document. Mapping from JSON schemas: string/number/integer/boolean become
 * LiteralData with the XML Schema type, enum becomes AllowedValues; objects and arrays become ComplexData in
 * application/json; file schemas (contentMediaType) and reference inputs become ComplexData in that media type.
 */
final class WpsDescribe {
    private WpsDescribe() { }

    static String build(List<ProcessDefinition> processes) {
        Document d = WpsXml.document("ProcessDescriptions");
        Element root = d.getDocumentElement();
        for (ProcessDefinition p : processes) {
            Element pd = WpsXml.plain(root, "ProcessDescription", null);
            pd.setAttributeNS(WpsXml.WPS, "wps:processVersion", p.version());
            boolean async = p.jobControl().contains(JobControl.ASYNC_EXECUTE);
            pd.setAttribute("storeSupported", String.valueOf(async));
            pd.setAttribute("statusSupported", String.valueOf(async));
            WpsXml.ows(pd, "Identifier", p.id());
            WpsXml.ows(pd, "Title", p.title());
            WpsXml.ows(pd, "Abstract", p.description());
            if (!p.inputs().isEmpty()) {
                Element ins = WpsXml.plain(pd, "DataInputs", null);
                for (InputDescription i : p.inputs()) input(ins, i);
            }
            Element outs = WpsXml.plain(pd, "ProcessOutputs", null);
            for (OutputDescription o : p.outputs()) output(outs, o);
        }
        return WpsXml.serialize(d);
    }

    private static void input(Element parent, InputDescription i) {
        Element e = WpsXml.plain(parent, "Input", null);
        e.setAttribute("minOccurs", String.valueOf(i.minOccurs()));
        e.setAttribute("maxOccurs", "1");
        WpsXml.ows(e, "Identifier", i.id());
        WpsXml.ows(e, "Title", i.title());
        WpsXml.ows(e, "Abstract", i.description());
        String media = complexMedia(i.schema(), i.reference());
        if (media != null) {
            Element c = WpsXml.plain(e, "ComplexData", null);
            formats(c, media);
            return;
        }
        Element lit = WpsXml.plain(e, "LiteralData", null);
        literalType(lit, i.schema());
        JsonNode en = i.schema().get("enum");
        if (en != null && en.isArray()) {
            Element av = WpsXml.ows(lit, "AllowedValues", null);
            for (JsonNode v : en) WpsXml.ows(av, "Value", v.asText());
        } else {
            WpsXml.ows(lit, "AnyValue", null);
        }
        JsonNode dflt = i.schema().get("default");
        if (dflt != null) WpsXml.plain(lit, "DefaultValue", dflt.asText());
    }

    private static void output(Element parent, OutputDescription o) {
        Element e = WpsXml.plain(parent, "Output", null);
        WpsXml.ows(e, "Identifier", o.id());
        WpsXml.ows(e, "Title", o.title());
        WpsXml.ows(e, "Abstract", o.description());
        String media = complexMedia(o.schema(), false);
        if (media != null) {
            formats(WpsXml.plain(e, "ComplexOutput", null), media);
        } else {
            literalType(WpsXml.plain(e, "LiteralOutput", null), o.schema());
        }
    }

    /** The media type if this schema is complex data, else null (literal). */
    static String complexMedia(ObjectNode schema, boolean reference) {
        if (schema.has("contentMediaType")) return schema.get("contentMediaType").asText();
        String t = schema.path("type").asText("");
        if (t.equals("object") || t.equals("array")) return "application/json";
        return reference ? "text/plain" : null;
    }

    private static void formats(Element complex, String media) {
        WpsXml.plain(WpsXml.plain(WpsXml.plain(complex, "Default", null), "Format", null), "MimeType", media);
        WpsXml.plain(WpsXml.plain(WpsXml.plain(complex, "Supported", null), "Format", null), "MimeType", media);
    }

    private static void literalType(Element lit, ObjectNode schema) {
        String xs = switch (schema.path("type").asText("string")) {
            case "number" -> "double";
            case "integer" -> "integer";
            case "boolean" -> "boolean";
            default -> "string";
        };
        Element dt = WpsXml.ows(lit, "DataType", xs);
        dt.setAttributeNS(WpsXml.OWS, "ows:reference", "http://www.w3.org/2001/XMLSchema#" + xs);
    }
}
