package dipmix.style;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Well-formedness (JDK parser) and the SLD 1.0.0 structure GeoServer expects. */
class SldStylesTest {
    static final String SLD = "http://www.opengis.net/sld";

    /** Parses XML (SLD or QML) with the JDK parser; throws when it is not well-formed. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // QML carries QGIS's DOCTYPE with the system id 'SYSTEM': well-formedness needs no DTD, so never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                assertThat(c.getNamespaceURI()).as("namespace of " + c.getLocalName()).isEqualTo(SLD);
                out.add(c);
            }
        }
        return out;
    }

    static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getLocalName).toList();
    }

    @Test
    void oneUserStylePerBandInSld10Structure() throws Exception {
        List<String> materials = List.of("soil", "tree & shrub", "water");
        Document doc = parse(SldStyles.abundance("abund", materials, 0));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("StyledLayerDescriptor");
        assertThat(root.getNamespaceURI()).isEqualTo(SLD);
        assertThat(root.getAttribute("version")).isEqualTo("1.0.0");
        List<Element> layers = children(root);
        assertThat(names(layers)).containsExactly("NamedLayer");
        List<Element> layer = children(layers.get(0));
        assertThat(names(layer)).containsExactly("Name", "UserStyle", "UserStyle", "UserStyle");
        assertThat(layer.get(0).getTextContent()).isEqualTo("abund");

        for (int k = 0; k < materials.size(); k++) {
            List<Element> style = children(layer.get(k + 1));
            // SLD 1.0 order: Name?, Title?, Abstract?, IsDefault?, FeatureTypeStyle+
            assertThat(names(style)).containsExactly("Name", "Title", "IsDefault", "FeatureTypeStyle");
            assertThat(style.get(0).getTextContent()).isEqualTo(materials.get(k));
            assertThat(style.get(2).getTextContent()).isEqualTo(k == 0 ? "1" : "0");
            Element rule = children(style.get(3)).get(0);
            assertThat(rule.getLocalName()).isEqualTo("Rule");
            Element symbolizer = children(rule).get(0);
            assertThat(symbolizer.getLocalName()).isEqualTo("RasterSymbolizer");
            // RasterSymbolizer order: Geometry?, Opacity?, ChannelSelection?, OverlapBehavior?, ColorMap?, ...
            List<Element> parts = children(symbolizer);
            assertThat(names(parts)).containsExactly("Opacity", "ChannelSelection", "ColorMap");
            Element gray = children(parts.get(1)).get(0);
            assertThat(gray.getLocalName()).isEqualTo("GrayChannel");
            assertThat(children(gray).get(0).getLocalName()).isEqualTo("SourceChannelName");
            assertThat(children(gray).get(0).getTextContent()).isEqualTo(Integer.toString(k + 1));
            assertThat(parts.get(2).hasAttribute("type")).as("no GeoServer-only ColorMap/@type").isFalse();

            List<Element> entries = children(parts.get(2));
            List<AbundanceRamp.Stop> stops = AbundanceRamp.forMaterial(k).stops();
            assertThat(entries).hasSize(stops.size());
            for (int i = 0; i < stops.size(); i++) {
                Element e = entries.get(i);
                assertThat(e.getLocalName()).isEqualTo("ColorMapEntry");
                assertThat(e.getAttribute("color")).isEqualTo(ColourMix.hex(stops.get(i).colour()));
                assertThat(Double.parseDouble(e.getAttribute("quantity"))).isEqualTo(stops.get(i).value());
            }
        }
    }

    @Test
    void singleBandDocumentSelectsItsBand() throws Exception {
        Document doc = parse(SldStyles.singleBand("abund", "water", 3, AbundanceRamp.forMaterial(2)));
        NodeList channels = doc.getElementsByTagNameNS(SLD, "SourceChannelName");
        assertThat(channels.getLength()).isEqualTo(1);
        assertThat(channels.item(0).getTextContent()).isEqualTo("3");
        assertThat(doc.getElementsByTagNameNS(SLD, "UserStyle").getLength()).isEqualTo(1);
    }
}
