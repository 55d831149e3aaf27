package dipmix.server;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/** WPS 1.0.0 namespaces and small DOM helpers: a safe namespace-aware parser and element builders. */
final class WpsXml {
    static final String WPS = "http://www.opengis.net/wps/1.0.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XML_TYPE = "text/xml; charset=utf-8";

    private WpsXml() { }

    /** A namespace-aware builder that refuses DOCTYPEs (no external entities). */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e; // reported to the client; the default handler would also print to stderr
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new document whose root is a wps: element with service/version/lang attributes. */
    static Document document(String rootLocalName) {
        Document d = builder().newDocument();
        Element root = d.createElementNS(WPS, "wps:" + rootLocalName);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wps", WPS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ows", OWS);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK);
        root.setAttribute("service", "WPS");
        root.setAttribute("version", "1.0.0");
        root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en-US");
        d.appendChild(root);
        return d;
    }

    static Element wps(Element parent, String name) {
        return add(parent, WPS, "wps:" + name, null);
    }

    static Element ows(Element parent, String name, String text) {
        return add(parent, OWS, "ows:" + name, text);
    }

    /** An element in no namespace (WPS 1.0.0 ProcessDescription content is unqualified). */
    static Element plain(Element parent, String name, String text) {
        return add(parent, null, name, text);
    }

    static Element wpsText(Element parent, String name, String text) {
        return add(parent, WPS, "wps:" + name, text);
    }

    private static Element add(Element parent, String ns, String qname, String text) {
        Element e = ns == null ? parent.getOwnerDocument().createElement(qname)
                : parent.getOwnerDocument().createElementNS(ns, qname);
        if (text != null) e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    static String serialize(Document d) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
