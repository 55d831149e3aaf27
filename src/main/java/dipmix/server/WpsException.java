package dipmix.server;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A WPS 1.0.0 error, answered as an ows:ExceptionReport (OWS 1.1 exception codes). */
final class WpsException extends RuntimeException {
    private final int status;
    private final String code;
    private final String locator;

    WpsException(int status, String code, String locator, String text) {
        super(text);
        this.status = status;
        this.code = code;
        this.locator = locator;
    }

    static WpsException missing(String param) {
        return new WpsException(400, "MissingParameterValue", param, "parameter " + param + " is required");
    }

    static WpsException invalid(String param, String text) {
        return new WpsException(400, "InvalidParameterValue", param, text);
    }

    int status() {
        return status;
    }

    String report() {
        Document d = WpsXml.builder().newDocument();
        Element root = d.createElementNS(WpsXml.OWS, "ows:ExceptionReport");
        root.setAttribute("version", "1.0.0");
        root.setAttributeNS(javax.xml.XMLConstants.XML_NS_URI, "xml:lang", "en-US");
        d.appendChild(root);
        Element ex = WpsXml.ows(root, "Exception", null);
        ex.setAttribute("exceptionCode", code);
        if (locator != null) ex.setAttribute("locator", locator);
        WpsXml.ows(ex, "ExceptionText", getMessage());
        return WpsXml.serialize(d);
    }
}
