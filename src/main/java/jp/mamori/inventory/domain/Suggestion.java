package jp.mamori.inventory.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What a rule raises: a finding to be confirmed or dismissed by a person. {@code basis} is what makes it the same
 * suggestion as before (for KEV_MATCH the set of CVE ids, not CISA's wording that may change): a dismissed one is
 * not raised again while its basis is unchanged. {@code evidence} is what the finding shows.
 *
 * @param connectionId null for the hospital as a whole
 */
public record Suggestion(String rule, Long connectionId, Severity severity, String title, String description,
                         String recommendation, String reference, Map<String, Object> evidence, Map<String, Object> basis) {

    public Suggestion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        evidence = evidence == null ? Map.of() : evidence;
        basis = basis == null ? evidence : basis;
    }

    /** A suggestion whose evidence is also its basis. */
    public static Suggestion of(String rule, Long connectionId, Severity severity, String title, String description,
                                String recommendation, String reference, Map<String, Object> evidence) {
        return new Suggestion(rule, connectionId, severity, title, description, recommendation, reference, evidence, evidence);
    }
}
