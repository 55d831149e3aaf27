package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dipmix.jobs.InputDescription;
import dipmix.jobs.ProcessDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A parsed WPS 1.0.0 Execute request (POST XML): the process id, its inputs converted to the JSON form the job layer
 * validates (LiteralData typed by the input's schema, ComplexData JSON parsed, Reference as {"href": ...}), the
 * requested outputs, and whether to store the response and run asynchronously.
 */
record WpsExecuteRequest(String identifier, ObjectNode inputs, List<String> outputs, boolean async, String rawOutput) {

    static String identifierOf(Element root) {
        Element id = child(root, WpsXml.OWS, "Identifier");
        if (id == null || id.getTextContent().isBlank()) throw WpsException.missing("Identifier");
        return id.getTextContent().trim();
    }

    static Element parseRoot(byte[] body) {
        Document d;
        try {
            d = WpsXml.builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw WpsException.invalid("request", "the request body is not well-formed XML: " + e.getMessage());
        }
        Element root = d.getDocumentElement();
        if (!WpsXml.WPS.equals(root.getNamespaceURI()) || !"Execute".equals(root.getLocalName())) {
            throw new WpsException(400, "OperationNotSupported", "request", "POST supports only wps:Execute (WPS 1.0.0), got "
                    + root.getLocalName());
        }
        return root;
    }

    /** @param definitions finds the process definition for the identifier (throws for unknown ones) */
    static WpsExecuteRequest parse(Element root, Function<String, ProcessDefinition> definitions) {
        String id = identifierOf(root);
        ProcessDefinition def = definitions.apply(id);
        ObjectNode inputs = Respond.JSON.createObjectNode();
        Element dataInputs = child(root, WpsXml.WPS, "DataInputs");
        if (dataInputs != null) {
            for (Element in : children(dataInputs, WpsXml.WPS, "Input")) {
                Element ide = child(in, WpsXml.OWS, "Identifier");
                if (ide == null) throw WpsException.missing("Input/Identifier");
                String name = ide.getTextContent().trim();
                InputDescription desc = def.input(name).orElseThrow(() ->
                        WpsException.invalid(name, "'" + name + "' is not an input of process " + id));
                inputs.set(name, value(in, desc));
            }
        }
        List<String> outputs = new ArrayList<>();
        boolean async = false;
        String raw = null;
        Element form = child(root, WpsXml.WPS, "ResponseForm");
        if (form != null) {
            Element doc = child(form, WpsXml.WPS, "ResponseDocument");
            Element rawEl = child(form, WpsXml.WPS, "RawDataOutput");
            if (doc != null) {
                async = "true".equals(doc.getAttribute("storeExecuteResponse")) && "true".equals(doc.getAttribute("status"));
                for (Element o : children(doc, WpsXml.WPS, "Output")) outputs.add(outputId(o, def));
            } else if (rawEl != null) {
                raw = outputId(rawEl, def);
            }
        }
        return new WpsExecuteRequest(id, inputs, outputs, async, raw);
    }

    private static String outputId(Element o, ProcessDefinition def) {
        Element ide = child(o, WpsXml.OWS, "Identifier");
        if (ide == null) throw WpsException.missing("Output/Identifier");
        String name = ide.getTextContent().trim();
        if (def.output(name).isEmpty()) throw WpsException.invalid(name, "'" + name + "' is not an output of process " + def.id());
        return name;
    }

    private static JsonNode value(Element in, InputDescription desc) {
        Element ref = child(in, WpsXml.WPS, "Reference");
        if (ref != null) {
            String href = ref.getAttributeNS(WpsXml.XLINK, "href");
            if (href.isEmpty()) href = ref.getAttribute("href");
            if (href.isEmpty()) throw WpsException.missing(desc.id() + "/Reference/@xlink:href");
            return Respond.JSON.createObjectNode().put("href", href);
        }
        Element data = child(in, WpsXml.WPS, "Data");
        if (data == null) throw WpsException.invalid(desc.id(), "input " + desc.id() + " has neither wps:Data nor wps:Reference");
        Element lit = child(data, WpsXml.WPS, "LiteralData");
        Element cx = child(data, WpsXml.WPS, "ComplexData");
        String text = lit != null ? lit.getTextContent() : cx != null ? cx.getTextContent() : null;
        if (text == null) throw WpsException.invalid(desc.id(), "input " + desc.id() + " has no LiteralData or ComplexData");
        String type = desc.schema().path("type").asText("string");
        try {
            return switch (type) {
                case "integer" -> Respond.JSON.getNodeFactory().numberNode(Long.parseLong(text.trim()));
                case "number" -> Respond.JSON.getNodeFactory().numberNode(Double.parseDouble(text.trim()));
                case "boolean" -> Respond.JSON.getNodeFactory().booleanNode(parseBool(desc.id(), text.trim()));
                case "object", "array" -> Respond.JSON.readTree(text);
                default -> Respond.JSON.getNodeFactory().textNode(lit != null ? text.trim() : text);
            };
        } catch (NumberFormatException | IOException e) {
            throw WpsException.invalid(desc.id(), "input " + desc.id() + " must be of type " + type + ", got '" + text.trim() + "'");
        }
    }

    private static boolean parseBool(String id, String s) {
        if (s.equalsIgnoreCase("true") || s.equals("1")) return true;
        if (s.equalsIgnoreCase("false") || s.equals("0")) return false;
        throw WpsException.invalid(id, "input " + id + " must be true or false, got '" + s + "'");
    }

    static Element child(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) out.add(e);
        }
        return out;
    }
}
