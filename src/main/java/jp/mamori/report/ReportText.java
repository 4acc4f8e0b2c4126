package jp.mamori.report;

import java.util.List;

/** The lead surveyor's own words: the summary and what to do first, in the order they wrote them. */
public record ReportText(String summary, List<String> priorities) {

    public ReportText {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    public static ReportText empty() {
        return new ReportText(null, List.of());
    }
}
