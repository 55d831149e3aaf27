package dipmix.server;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** WPS 1.0.0: GetCapabilities, DescribeProcess, Execute sync/async/raw and exception reports, parsed as XML. */
class WpsRoutesTest extends LiveServerTest {

    static Document xml(HttpResponse<String> r) throws Exception {
        return WpsXml.builder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document d, String ns, String local) {
        List<String> out = new ArrayList<>();
        NodeList nl = d.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < nl.getLength(); i++) out.add(nl.item(i).getTextContent());
        return out;
    }

    static String execute(String process, String inputs, String responseForm) {
        return "<wps:Execute xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" service=\"WPS\" version=\"1.0.0\">"
                + "<ows:Identifier>" + process + "</ows:Identifier><wps:DataInputs>" + inputs + "</wps:DataInputs>"
                + responseForm + "</wps:Execute>";
    }

    static String literal(String id, String v) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + v
                + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    HttpResponse<String> post(String body) throws Exception {
        return s.send("POST", "/wps", body, "Content-Type", "text/xml");
    }

    @Test
    void capabilitiesListProcessesAndOperations() throws Exception {
        HttpResponse<String> r = s.get("/wps?service=WPS&request=GetCapabilities");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        Document d = xml(r);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("Capabilities");
        assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.0.0");
        List<String> ops = new ArrayList<>();
        NodeList nl = d.getElementsByTagNameNS(WpsXml.OWS, "Operation");
        for (int i = 0; i < nl.getLength(); i++) ops.add(((Element) nl.item(i)).getAttribute("name"));
        assertThat(ops).containsExactly("GetCapabilities", "DescribeProcess", "Execute");
        NodeList procs = d.getElementsByTagNameNS(WpsXml.WPS, "Process");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < procs.getLength(); i++) {
            ids.add(((Element) procs.item(i)).getElementsByTagNameNS(WpsXml.OWS, "Identifier").item(0).getTextContent());
        }
        assertThat(ids).contains("echo", "slow");
    }

    @Test
    void describeProcessMapsSchemasToLiteralAndComplexData() throws Exception {
        Document d = xml(s.get("/wps?service=WPS&version=1.0.0&request=DescribeProcess&identifier=slow,echo"));
        NodeList pds = d.getDocumentElement().getElementsByTagName("ProcessDescription");
        assertThat(pds.getLength()).isEqualTo(2);
        Element slow = (Element) pds.item(0);
        assertThat(slow.getAttribute("storeSupported")).isEqualTo("true");
        NodeList inputs = slow.getElementsByTagName("Input");
        assertThat(inputs.getLength()).isEqualTo(3);
        Element iterations = (Element) inputs.item(0);
        assertThat(iterations.getAttribute("minOccurs")).isEqualTo("0");
        assertThat(iterations.getElementsByTagNameNS(WpsXml.OWS, "DataType").item(0).getTextContent()).isEqualTo("integer");
        assertThat(iterations.getElementsByTagName("DefaultValue").item(0).getTextContent()).isEqualTo("5");
        Element table = (Element) slow.getElementsByTagName("Output").item(0);
        assertThat(table.getElementsByTagName("ComplexOutput").getLength()).isEqualTo(1);
        assertThat(table.getElementsByTagName("MimeType").item(0).getTextContent()).isEqualTo("text/csv");
        Element echo = (Element) pds.item(1);
        Element obj = (Element) echo.getElementsByTagName("Input").item(2);
        assertThat(obj.getElementsByTagName("ComplexData").getLength()).isEqualTo(1);
        assertThat(xml(s.get("/wps?service=WPS&request=DescribeProcess&identifier=all")).getDocumentElement()
                .getElementsByTagName("ProcessDescription").getLength())
                .isEqualTo(dipmix.jobs.SlowProcess.catalogue().definitions().size());
    }

    @Test
    void synchronousExecuteReturnsOutputsInline() throws Exception {
        String body = execute("echo", literal("stringInput", "hi &amp; bye") + literal("doubleInput", "3.5")
                + "<wps:Input><ows:Identifier>complexObjectInput</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/json\">"
                + "{\"k\":[1,2]}</wps:ComplexData></wps:Data></wps:Input>", "");
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = xml(r);
        assertThat(d.getElementsByTagNameNS(WpsXml.WPS, "ProcessSucceeded").getLength()).isEqualTo(1);
        assertThat(texts(d, WpsXml.WPS, "LiteralData")).containsExactly("hi & bye", "3.5");
        assertThat(TestServer.JSON.readTree(texts(d, WpsXml.WPS, "ComplexData").get(0))).isEqualTo(TestServer.JSON.readTree("{\"k\":[1,2]}"));
    }

    @Test
    void asynchronousExecuteGivesStatusLocationAndReferences() throws Exception {
        String form = "<wps:ResponseForm><wps:ResponseDocument storeExecuteResponse=\"true\" status=\"true\">"
                + "<wps:Output asReference=\"true\"><ows:Identifier>table</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>";
        HttpResponse<String> r = post(execute("slow", literal("iterations", "30") + literal("delayMs", "5"), form));
        Document d = xml(r);
        assertThat(d.getElementsByTagNameNS(WpsXml.WPS, "ProcessAccepted").getLength()).isEqualTo(1);
        String loc = d.getDocumentElement().getAttribute("statusLocation");
        assertThat(loc).contains("/wps/status/");
        Document st = null;
        for (int i = 0; i < 1000; i++) {
            st = xml(s.get(loc.substring(s.url("").length())));
            if (st.getElementsByTagNameNS(WpsXml.WPS, "ProcessSucceeded").getLength() > 0) break;
            Thread.sleep(10);
        }
        assertThat(st.getElementsByTagNameNS(WpsXml.WPS, "ProcessSucceeded").getLength()).isEqualTo(1);
        NodeList outs = st.getElementsByTagNameNS(WpsXml.WPS, "Output");
        assertThat(outs.getLength()).as("only the requested output").isEqualTo(1);
        Element ref = (Element) st.getElementsByTagNameNS(WpsXml.WPS, "Reference").item(0);
        assertThat(ref.getAttribute("mimeType")).isEqualTo("text/csv");
        String csv = s.get(ref.getAttribute("href").substring(s.url("").length())).body();
        assertThat(csv.lines().count()).isEqualTo(31);
    }

    @Test
    void failedJobReportsItsMessage() throws Exception {
        Document d = xml(post(execute("slow", literal("iterations", "1") + literal("fail", "true"), "")));
        assertThat(d.getElementsByTagNameNS(WpsXml.WPS, "ProcessFailed").getLength()).isEqualTo(1);
        assertThat(texts(d, WpsXml.OWS, "ExceptionText").get(0)).contains("asked to fail after 1 steps");
    }

    @Test
    void rawDataOutputStreamsTheFile() throws Exception {
        String form = "<wps:ResponseForm><wps:RawDataOutput><ows:Identifier>table</ows:Identifier></wps:RawDataOutput></wps:ResponseForm>";
        HttpResponse<String> r = post(execute("slow", literal("iterations", "3") + literal("delayMs", "0"), form));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.body()).isEqualTo("step,loss\n1,1.0\n2,0.5\n3,0.3333333333333333\n");
    }

    @Test
    void errorsAreOwsExceptionReports() throws Exception {
        record Case(HttpResponse<String> r, String code, String locator) { }
        List<Case> cases = List.of(
                new Case(s.get("/wps?request=GetCapabilities"), "MissingParameterValue", "service"),
                new Case(s.get("/wps?service=WPS"), "MissingParameterValue", "request"),
                new Case(s.get("/wps?service=WPS&request=Nope"), "OperationNotSupported", "request"),
                new Case(s.get("/wps?service=WPS&request=DescribeProcess&identifier=nope"), "InvalidParameterValue", "Identifier"),
                new Case(s.get("/wps?service=WPS&version=2.0.0&request=DescribeProcess&identifier=echo"), "VersionNegotiationFailed", "version"),
                new Case(post("<not-xml"), "InvalidParameterValue", "request"),
                new Case(post(execute("slow", literal("iterations", "many"), "")), "InvalidParameterValue", "iterations"),
                new Case(post(execute("slow", literal("iterations", "0"), "")), "InvalidParameterValue", "iterations"),
                new Case(post(execute("slow", literal("bogus", "1"), "")), "InvalidParameterValue", "bogus"),
                new Case(post("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "InvalidParameterValue", "request"));
        for (Case c : cases) {
            assertThat(c.r().statusCode()).as(c.code()).isEqualTo(400);
            Document d = xml(c.r());
            Element ex = (Element) d.getElementsByTagNameNS(WpsXml.OWS, "Exception").item(0);
            assertThat(ex.getAttribute("exceptionCode")).isEqualTo(c.code());
            assertThat(ex.getAttribute("locator")).isEqualTo(c.locator());
            assertThat(c.r().body()).doesNotContain("root:").doesNotContain("\tat ");
        }
    }
}
