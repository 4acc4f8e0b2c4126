package jp.mamori.inventory.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngDiagramTest {

    @Test
    void thePngDecodesAtTheLayoutsSizeAndIsNotBlank() throws Exception {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.png(layout)));

        assertThat(image).isNotNull();
        double scale = PngDiagram.scale(layout);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width() * scale)).isGreaterThan(800);
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height() * scale)).isGreaterThan(300);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(20); // antialiased glyphs give many greys
    }

    @Test
    void theCriticalBadgeIsPaintedInTheCriticalColour() throws Exception {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.png(layout)));
        double scale = PngDiagram.scale(layout);

        Rect badge = DiagramLayoutTest.node(layout, "point-11").shapes().stream()
                .filter(Shape.Box.class::isInstance).map(Shape.Box.class::cast).skip(1).findFirst().orElseThrow().rect();
        int rgb = image.getRGB((int) ((badge.x() + 3) * scale), (int) (badge.centerY() * scale)) & 0xffffff;

        assertThat(rgb).isEqualTo(Color.decode(SeverityStyle.CRITICAL.fill()).getRGB() & 0xffffff);
    }

    @Test
    void theJapaneseTextIsDrawnInGlyphsNotBoxes() throws Exception {
        // the title row: a missing font would draw hollow boxes of one width; real glyphs differ from each other
        DiagramLayout layout = DiagramLayout.of(SamplePoints.smallHospital(), SamplePoints.LABELS);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.png(layout)));
        double scale = PngDiagram.scale(layout);
        int top = (int) ((DiagramLayout.MARGIN) * scale);
        int bottom = (int) ((DiagramLayout.MARGIN + 22) * scale);
        Set<Integer> columns = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            int ink = 0;
            for (int y = top; y < bottom; y++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    ink++;
                }
            }
            columns.add(ink);
        }
        assertThat(columns).hasSizeGreaterThan(8);
    }

    @Test
    void aHundredPointsStayWithinTheImageBudget() throws Exception {
        DiagramLayout layout = DiagramLayout.of(SamplePoints.manyPoints(100), SamplePoints.LABELS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngDiagram.png(layout)));

        assertThat((double) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PngDiagram.MAX_PIXELS * 1.01);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo((int) layout.height());
    }
}
