package jp.mamori.notify.domain;

import java.util.Objects;

/**
 * A rendered mail template: its first line is the subject, the rest (after blank lines) the body.
 * One file per event keeps the subject next to the text it announces.
 */
public record MailText(String subject, String body) {

    public static final int MAX_SUBJECT = 200;

    public MailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one non-empty line");
        }
    }

    public static MailText split(String rendered) {
        String text = rendered.replace("\r\n", "\n").replace('\r', '\n').strip();
        int end = text.indexOf('\n');
        String subject = (end < 0 ? text : text.substring(0, end)).strip();
        String body = end < 0 ? "" : text.substring(end + 1).strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        return new MailText(subject, body.replaceAll("[ \\t]+\n", "\n") + "\n");
    }

    /** A value put into a template: line breaks and other control characters become spaces, so a name cannot split the subject line. */
    public static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
