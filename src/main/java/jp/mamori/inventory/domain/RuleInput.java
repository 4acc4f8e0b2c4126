package jp.mamori.inventory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the rules read of one case: its connection points, its questionnaire answers, the KEV catalogue, today. */
public record RuleInput(List<ConnectionPoint> points, Map<String, Object> answers, KevLookup kev, LocalDate today) {

    public RuleInput {
        points = List.copyOf(points);
        answers = answers == null ? Map.of() : answers;
        kev = kev == null ? KevLookup.NONE : kev;
    }

    /** The points that can raise anything: a disconnected point raises nothing. */
    public List<ConnectionPoint> connected() {
        return points.stream().filter(p -> !p.disconnected()).toList();
    }
}
