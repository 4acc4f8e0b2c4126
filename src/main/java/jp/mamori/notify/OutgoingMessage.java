package jp.mamori.notify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * A message to queue: which event, a key that makes it unique (the same key is never queued twice), whom it
 * concerns, its recipients, and the template with the values it needs. {@link Notifications} builds these for
 * every event; a hospital's message gets the hospital's prefecture when none is given.
 */
public record OutgoingMessage(String event, String dedupeKey, HospitalCode hospital, PrefectureCode prefecture,
                              List<String> to, String template, Map<String, Object> model) {

    public static final int MAX_DEDUPE_KEY = 300;

    public OutgoingMessage {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(template, "template");
        if (!event.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("event must be an UPPER_SNAKE_CASE name: " + event);
        }
        if (dedupeKey.isBlank() || dedupeKey.length() > MAX_DEDUPE_KEY) {
            throw new IllegalArgumentException("dedupeKey must be 1 to " + MAX_DEDUPE_KEY + " characters");
        }
        // Template names become resource paths: letters, digits and hyphens only.
        if (!template.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("template must be a lower-case file name without extension: " + template);
        }
        if (prefecture == null && hospital != null) {
            prefecture = hospital.prefecture();
        }
        to = to == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(to));
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }
}
