package dipmix.server;

import dipmix.jobs.ProcessDefinition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

/** The WPS 1.0.0 GetCapabilities document. */
final class WpsCapabilities {
    private WpsCapabilities() { }

    static String build(String wpsUrl, List<ProcessDefinition> processes) {
        Document d = WpsXml.document("Capabilities");
        Element root = d.getDocumentElement();
        root.setAttribute("updateSequence", "1");
        Element si = WpsXml.ows(root, "ServiceIdentification", null);
        WpsXml.ows(si, "Title", "dipmix processing server");
        WpsXml.ows(si, "Abstract", "Hyperspectral unmixing (UnDIP, BUDDIP and classical methods)");
        WpsXml.ows(si, "ServiceType", "WPS");
        WpsXml.ows(si, "ServiceTypeVersion", "1.0.0");
        WpsXml.ows(si, "Fees", "NONE");
        WpsXml.ows(si, "AccessConstraints", "NONE");
        Element sp = WpsXml.ows(root, "ServiceProvider", null);
        WpsXml.ows(sp, "ProviderName", "dipmix");
        WpsXml.ows(sp, "ServiceContact", null);
        Element om = WpsXml.ows(root, "OperationsMetadata", null);
        operation(om, "GetCapabilities", wpsUrl, false);
        operation(om, "DescribeProcess", wpsUrl, false);
        operation(om, "Execute", wpsUrl, true);
        Element offerings = WpsXml.wps(root, "ProcessOfferings");
        for (ProcessDefinition p : processes) {
            Element pe = WpsXml.wps(offerings, "Process");
            pe.setAttributeNS(WpsXml.WPS, "wps:processVersion", p.version());
            WpsXml.ows(pe, "Identifier", p.id());
            WpsXml.ows(pe, "Title", p.title());
            WpsXml.ows(pe, "Abstract", p.description());
        }
        Element langs = WpsXml.wps(root, "Languages");
        WpsXml.ows(WpsXml.wps(langs, "Default"), "Language", "en-US");
        WpsXml.ows(WpsXml.wps(langs, "Supported"), "Language", "en-US");
        return WpsXml.serialize(d);
    }

    private static void operation(Element om, String name, String url, boolean post) {
        Element op = WpsXml.ows(om, "Operation", null);
        op.setAttribute("name", name);
        Element http = WpsXml.ows(WpsXml.ows(op, "DCP", null), "HTTP", null);
        Element m = WpsXml.ows(http, post ? "Post" : "Get", null);
        m.setAttributeNS(WpsXml.XLINK, "xlink:href", post ? url : url + "?");
    }
}
