package jp.mamori.inventory.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The same layout drawn with Java2D in the embedded font, for the report and for viewers without SVG. Drawn
 * at twice the size for print, less when a long inventory would make the image too large to hold in memory.
 */
public final class PngDiagram {

    static final double PREFERRED_SCALE = 2;
    static final double MAX_PIXELS = 16_000_000;

    private PngDiagram() {
    }

    public static byte[] png(DiagramLayout layout) {
        BufferedImage image = image(layout);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static double scale(DiagramLayout layout) {
        double area = layout.width() * layout.height();
        return Math.max(1, Math.min(PREFERRED_SCALE, Math.sqrt(MAX_PIXELS / area)));
    }

    static BufferedImage image(DiagramLayout layout) {
        double scale = scale(layout);
        int width = (int) Math.ceil(layout.width() * scale);
        int height = (int) Math.ceil(layout.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            layout.decorations().forEach(s -> draw(g, s));
            layout.nodes().get(0).shapes().forEach(s -> draw(g, s));
            layout.edges().forEach(e -> e.shapes().forEach(s -> draw(g, s)));
            layout.nodes().stream().skip(1).forEach(n -> n.shapes().forEach(s -> draw(g, s)));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, Shape shape) {
        if (shape instanceof Shape.Box b) {
            Rect r = b.rect();
            var box = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * b.radius(), 2 * b.radius());
            if (b.fill() != null) {
                g.setColor(Color.decode(b.fill()));
                g.fill(box);
            }
            if (b.stroke() != null) {
                g.setColor(Color.decode(b.stroke()));
                g.setStroke(stroke(b.strokeWidth(), b.dashed()));
                g.draw(box);
            }
        } else if (shape instanceof Shape.Label l) {
            if (l.text().isEmpty()) {
                return;
            }
            g.setFont(TextMeasure.font(l.size()));
            g.setColor(Color.decode(l.colour()));
            double x = l.centred() ? l.x() - TextMeasure.width(l.text(), l.size()) / 2 : l.x();
            g.drawString(l.text(), (float) x, (float) l.baseline());
        } else if (shape instanceof Shape.Path p) {
            List<double[]> points = p.points();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(points.get(0)[0], points.get(0)[1]);
            points.stream().skip(1).forEach(xy -> path.lineTo(xy[0], xy[1]));
            g.setColor(Color.decode(p.stroke()));
            g.setStroke(stroke(p.strokeWidth(), p.dashed()));
            g.draw(path);
        }
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                : new BasicStroke((float) width);
    }
}
