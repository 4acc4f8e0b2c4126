package jp.mamori.inventory.diagram;

import java.util.List;

/** What the SVG and PNG writers draw: the layout decides everything, the writers only translate it. */
public sealed interface Shape {

    /** A box; {@code fill} or {@code stroke} may be null (none). */
    record Box(Rect rect, String fill, String stroke, double strokeWidth, boolean dashed, double radius) implements Shape {
    }

    /** One line of text at its baseline; {@code centred} puts x in the middle of the text. */
    record Label(String text, double x, double baseline, double size, String colour, boolean centred) implements Shape {
    }

    /** A line through the given points, x and y alternating. */
    record Path(List<double[]> points, String stroke, double strokeWidth, boolean dashed) implements Shape {
    }
}
