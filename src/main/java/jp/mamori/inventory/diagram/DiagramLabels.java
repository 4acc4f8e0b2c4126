package jp.mamori.inventory.diagram;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.Severity;

/**
 * The words on the diagram, looked up by message key ({@code diagram.*} in messages.properties): the caller
 * passes its message source for the reader's language; the report uses {@link #japanese()}.
 */
public final class DiagramLabels {

    private final Function<String, String> messages;

    private DiagramLabels(Function<String, String> messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** Labels from a message lookup (key to text), e.g. {@code k -> messageSource.getMessage(k, null, locale)}. */
    public static DiagramLabels from(Function<String, String> messages) {
        return new DiagramLabels(messages);
    }

    /** The Japanese labels from messages.properties, whatever the JVM's default locale. */
    public static DiagramLabels japanese() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new DiagramLabels(bundle::getString);
    }

    String text(String key) {
        return messages.apply(key);
    }

    String title(String hospital) {
        return MessageFormat.format(text("diagram.title"), hospital);
    }

    String hospitalWide(Severity severity) {
        return MessageFormat.format(text("diagram.hospitalWide"), severity(severity));
    }

    String line(Line line) {
        return text("diagram.line." + (line == null ? Line.UNKNOWN : line).name());
    }

    String purpose(Purpose purpose) {
        return text("diagram.purpose." + (purpose == null ? Purpose.OTHER : purpose).name());
    }

    String severity(Severity severity) {
        return text("diagram.severity." + SeverityStyle.of(severity).name());
    }

    String unknown() {
        return text("diagram.unknown");
    }
}
