package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Severity;

class SvgDiagramTest {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'quoted' ]]> \u0007bell";

    @Test
    void theSvgIsWellFormedXmlWithATitleAndTheFontNamed() throws Exception {
        String svg = SvgDiagram.svg(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS));

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("font-family")).startsWith("'Noto Sans JP'");
        Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
        assertThat(title.getParentNode()).isSameAs(root);
        assertThat(title.getTextContent()).isEqualTo("さくら記念病院 外部接続構成図");
    }

    @Test
    void everyPointsFarEndDeviceAndLineAreText() throws Exception {
        Document doc = parse(SvgDiagram.svg(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS)));

        assertThat(words(group(doc, "far-11"))).isEqualTo("富士山メディカル株式会社保守センター");
        assertThat(texts(group(doc, "point-11"))).contains("機器: Fortinet FortiGate 7.0.12", "アドレス: 203.0.113.10", "緊急");
        assertThat(texts(group(doc, "line-11"))).containsExactly("インターネットVPN");
        assertThat(texts(group(doc, "line-12"))).containsExactly("ISDN・ダイヤルアップ");
        assertThat(texts(group(doc, "line-13"))).containsExactly("閉域網（IP-VPN）");
        assertThat(texts(group(doc, "far-13"))).containsExactly("配食サービス株式会社");
    }

    @Test
    void hostileFreeTextIsEscapedNotMarkup() throws Exception {
        var point = SamplePoints.point(5, HOSTILE, HOSTILE, Line.OTHER,
                new Device(HOSTILE, "A&B <Router>", "\"1.0\"", "10.0.0.1"), PointStatus.ONSITE);
        String svg = SvgDiagram.svg(DiagramLayout.of(new DiagramModel(HOSTILE, List.of(HOSTILE), List.of(point), Map.of()),
                SamplePoints.LABELS));

        Document doc = parse(svg);
        assertThat(svg).doesNotContain("<script").doesNotContain("\u0007");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(words(group(doc, "far-5"))).startsWith("<script>alert(\"x\")</script>&'quoted'");
        assertThat(texts(group(doc, "point-5"))).anySatisfy(t -> assertThat(t).contains("A&B <Router> \"1.0\""));
    }

    @Test
    void aCriticalPointIsDrawnInTheCriticalColour() throws Exception {
        Document doc = parse(SvgDiagram.svg(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS)));

        Element point = group(doc, "point-11");
        List<Element> rects = children(point, "rect");
        assertThat(rects.get(0).getAttribute("stroke")).isEqualTo(SeverityStyle.CRITICAL.stroke());
        assertThat(rects.get(1).getAttribute("fill")).isEqualTo(SeverityStyle.CRITICAL.fill());
        assertThat(point.getAttribute("class")).contains("severity-critical");
        assertThat(children(group(doc, "line-11"), "polyline").get(0).getAttribute("stroke"))
                .isEqualTo(SeverityStyle.CRITICAL.stroke());
    }

    @Test
    void aDisconnectedPointIsDashedAndGrey() throws Exception {
        Document doc = parse(SvgDiagram.svg(DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS)));

        Element border = children(group(doc, "point-12"), "rect").get(0);
        assertThat(border.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(border.getAttribute("stroke")).isEqualTo(SeverityStyle.DISCONNECTED);
        Element line = children(group(doc, "line-12"), "polyline").get(0);
        assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(line.getAttribute("stroke")).isEqualTo(SeverityStyle.DISCONNECTED);
        Element connected = children(group(doc, "line-11"), "polyline").get(0);
        assertThat(connected.getAttribute("stroke-dasharray")).isEmpty();
    }

    @Test
    void theSvgFetchesNothingFromElsewhere() {
        String svg = SvgDiagram.svg(DiagramLayout.of(SamplePoints.manyPoints(20), SamplePoints.LABELS));

        assertThat(svg).doesNotContain("href").doesNotContain("url(").doesNotContain("<image").doesNotContain("@import");
        assertThat(Pattern.compile("https?://").matcher(svg).results().count()).isEqualTo(1); // the xmlns alone
    }

    @Test
    void aSampleIsWrittenForEyes() throws IOException {
        // target/ is not in git: the sample is for a person to look at, not a fixture
        var model = SamplePoints.manyPoints(12);
        var layout = DiagramLayout.of(new DiagramModel(model.hospitalName(), model.systems(), model.points(),
                model.worstByPoint(), Severity.HIGH), SamplePoints.LABELS);
        Path svg = Path.of("target", "diagram-sample.svg");
        Files.writeString(svg, SvgDiagram.svg(layout), StandardCharsets.UTF_8);
        Files.write(Path.of("target", "diagram-sample.png"), PngDiagram.png(layout));

        assertThat(Files.size(svg)).isPositive();
    }

    static final String SVG = "http://www.w3.org/2000/svg";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static Element group(Document doc, String id) {
        NodeList groups = doc.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS(SVG, name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static List<String> texts(Element group) {
        return children(group, "text").stream().map(Element::getTextContent).toList();
    }

    // The lines of a wrapped text joined back, spaces aside (a break may fall on one).
    static String words(Element group) {
        return String.join("", texts(group)).replace(" ", "");
    }
}
