package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;

class DiagramLayoutTest {

    @Test
    void aHundredPointsDrawNoBoxOverAnother() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.manyPoints(100), SamplePoints.LABELS);

        List<Rect> boxes = new ArrayList<>();
        layout.nodes().stream().filter(n -> n.kind() != DiagramNode.Kind.HOSPITAL).forEach(n -> boxes.add(n.box()));
        layout.edges().stream().filter(e -> e.labelBox() != null).forEach(e -> boxes.add(e.labelBox()));
        assertThat(layout.nodes().stream().filter(n -> n.kind() == DiagramNode.Kind.POINT)).hasSize(100);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s and %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
        Rect canvas = new Rect(0, 0, layout.width(), layout.height());
        assertThat(boxes).allSatisfy(box -> assertThat(canvas.contains(box)).as("%s", box).isTrue());
    }

    @Test
    void systemsSitInsideTheHospitalAndPointsOutsideIt() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.manyPoints(100), SamplePoints.LABELS);
        Rect hospital = layout.nodes().get(0).box();

        assertThat(layout.nodes().get(0).kind()).isEqualTo(DiagramNode.Kind.HOSPITAL);
        for (DiagramNode node : layout.nodes()) {
            switch (node.kind()) {
                case SYSTEM -> assertThat(hospital.contains(node.box())).isTrue();
                case POINT, COUNTERPART -> assertThat(hospital.overlaps(node.box())).isFalse();
                default -> { }
            }
        }
    }

    @Test
    void everyWordFitsInsideItsBox() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.manyPoints(30), SamplePoints.LABELS);

        for (DiagramNode node : layout.nodes()) {
            for (Shape shape : node.shapes()) {
                if (shape instanceof Shape.Label label) {
                    double left = label.centred() ? label.x() - TextMeasure.width(label.text(), label.size()) / 2 : label.x();
                    double right = left + TextMeasure.width(label.text(), label.size());
                    assertThat(left).as(label.text()).isGreaterThanOrEqualTo(node.box().x());
                    assertThat(right).as(label.text()).isLessThanOrEqualTo(node.box().right());
                    assertThat(label.baseline()).as(label.text()).isBetween(node.box().y(), node.box().bottom());
                }
            }
        }
    }

    @Test
    void aLongFarEndIsWrappedAndCutWithAnEllipsis() {
        String longName = "とても長い名前の接続先".repeat(10);
        var model = new DiagramModel("病院", List.of("電子カルテ"), List.of(SamplePoints.point(1, "電子カルテ", longName,
                Line.MOBILE, null, PointStatus.ONSITE)), Map.of());

        DiagramNode far = node(DiagramLayout.of(model, SamplePoints.LABELS), "far-1");

        assertThat(far.text()).hasSize(3);
        assertThat(far.text().get(2)).endsWith(TextMeasure.ELLIPSIS);
        assertThat(far.fullText()).isEqualTo(longName);
    }

    @Test
    void aPointHangsFromTheSystemItServesWhateverItsWidthOrCase() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        DiagramEdge pacs = edge(layout, "serves-12");
        assertThat(node(layout, pacs.source()).fullText()).isEqualTo("PACS");
        DiagramEdge emr = edge(layout, "serves-11");
        assertThat(node(layout, emr.source()).fullText()).isEqualTo("電子カルテ");
    }

    @Test
    void aPointServingNoListedSystemHangsFromTheHospital() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        assertThat(edge(layout, "serves-13").source()).isEqualTo("hospital");
        DiagramRow row = layout.rows().stream().filter(r -> r.pointId() == 13L).findFirst().orElseThrow();
        assertThat(row.system()).isEqualTo("給食システム");
        assertThat(row.listedSystem()).isFalse();
    }

    @Test
    void aSystemWithoutPointsIsStillDrawn() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        assertThat(layout.nodes().stream().filter(n -> n.kind() == DiagramNode.Kind.SYSTEM).map(DiagramNode::fullText))
                .containsExactly("電子カルテ", "PACS", "検査システム");
    }

    @Test
    void unknownDevicePartsAreWrittenAsUnknown() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        assertThat(node(layout, "point-13").text()).contains("機器: 不明", "アドレス: 不明");
        assertThat(node(layout, "point-12").text()).contains("機器: 不明 RAS-100 不明");
        assertThat(node(layout, "point-11").text()).contains("機器: Fortinet FortiGate 7.0.12", "アドレス: 203.0.113.10");
    }

    @Test
    void theSeverityIsWrittenOnThePointNotOnlyColoured() {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        assertThat(node(layout, "point-11").text().get(0)).startsWith("【緊急】");
        assertThat(node(layout, "point-13").text().get(0)).startsWith("【指摘なし】");
        assertThat(node(layout, "point-12").text().get(0)).contains("切断済み");
        assertThat(node(layout, "hospital").text()).contains("病院全体：高");
    }

    @Test
    void theSameInventoryInAnotherOrderDrawsTheSameDiagram() {
        DiagramModel model = SamplePoints.manyPoints(40);
        List<ConnectionPoint> shuffled = new ArrayList<>(model.points());
        Collections.shuffle(shuffled, new Random(7));
        DiagramModel again = new DiagramModel(model.hospitalName(), model.systems(), shuffled, model.worstByPoint());

        assertThat(SvgDiagram.svg(DiagramLayout.of(again, SamplePoints.LABELS)))
                .isEqualTo(SvgDiagram.svg(DiagramLayout.of(model, SamplePoints.LABELS)));
    }

    @Test
    void theCanvasGrowsWithThePoints() {
        double ten = DiagramLayout.of(SamplePoints.manyPoints(10), SamplePoints.LABELS).height();
        double hundred = DiagramLayout.of(SamplePoints.manyPoints(100), SamplePoints.LABELS).height();

        assertThat(hundred).isGreaterThan(ten * 5);
    }

    @Test
    void anEmptyInventoryStillDrawsTheHospital() {
        var model = new DiagramModel("空の病院", List.of(), List.of(), Map.of());

        DiagramLayout layout = DiagramLayout.of(model, SamplePoints.LABELS);

        assertThat(layout.nodes()).singleElement().extracting(DiagramNode::kind).isEqualTo(DiagramNode.Kind.HOSPITAL);
        assertThat(layout.decorations()).anySatisfy(s -> assertThat(s).isInstanceOfSatisfying(Shape.Label.class,
                l -> assertThat(l.text()).isEqualTo("外部接続点はまだ登録されていません。")));
    }

    @Test
    void unsavedPointsGetTheirOwnIds() {
        var a = new ConnectionPoint(null, 1L, null, "A", null, null, new Device(null, null, null, "10.0.0.1"), null, null,
                null, null, null, null, null, null, PointStatus.DIAGRAM, null);
        var b = new ConnectionPoint(null, 1L, null, "A", null, null, new Device(null, null, null, "10.0.0.1"), null, null,
                null, null, null, null, null, null, PointStatus.DIAGRAM, null);

        DiagramLayout layout = DiagramLayout.of(new DiagramModel("病院", List.of(), List.of(a, b), Map.of()), SamplePoints.LABELS);

        assertThat(layout.nodes().stream().map(DiagramNode::id)).doesNotHaveDuplicates().contains("point-n0", "point-n1");
    }

    static DiagramNode node(DiagramLayout layout, String id) {
        return layout.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    static DiagramEdge edge(DiagramLayout layout, String id) {
        return layout.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
