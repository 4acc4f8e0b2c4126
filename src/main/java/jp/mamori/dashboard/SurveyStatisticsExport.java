package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The figures as one sheet, a row per figure, labelled in Japanese. A suppressed figure is written as {@link #MARK}
 * (never as 0 or blank, which would read as a count), and the last row says why.
 */
@Component
class SurveyStatisticsExport {

    static final String MARK = "＊";
    static final List<String> HEADER = List.of("分類", "版", "回答者", "コード", "項目", "値");

    private final MessageSource messages;

    SurveyStatisticsExport(MessageSource messages) {
        this.messages = messages;
    }

    Tabular tabular(SurveyStatisticsView v, String scopeLabel) {
        List<List<Object>> rows = new ArrayList<>();
        String cases = label("figures.family.cases");
        v.cases().byState().forEach((state, n) -> rows.add(row(cases, null, null, state, label("survey.state." + state), n)));
        rows.add(row(cases, null, null, "OVERDUE", label("figures.overdue"), v.cases().overdue()));
        String pref = label("figures.family.prefectures");
        for (SurveyStatisticsView.PrefectureCases p : v.prefectures()) {
            rows.add(row(pref, null, null, p.prefectureCode(), label("figures.cases"), p.cases()));
            rows.add(row(pref, null, null, p.prefectureCode(), label("figures.delivered"), p.delivered()));
            rows.add(row(pref, null, null, p.prefectureCode(), label("figures.overdue"), p.overdue()));
        }
        family(rows, label("figures.family.purpose"), v.connections().byPurpose(), "diagram.purpose.");
        family(rows, label("figures.family.line"), v.connections().byLine(), "diagram.line.");
        Double share = v.connections().unknownBeforeShare();
        rows.add(row(label("figures.family.unknownBefore"), null, null, "UNKNOWN_BEFORE_SHARE", label("figures.unknownBeforeShare"),
                share == null ? MARK : share));
        family(rows, label("figures.family.severity"), v.findings().bySeverity(), "diagram.severity.");
        family(rows, label("figures.family.rule"), v.findings().byRule(), "figures.rule.");
        family(rows, label("figures.family.backup"), v.backup().byDecision(), "figures.decision.");
        String checklist = label("figures.family.checklist");
        for (SurveyStatisticsView.ChecklistRow c : v.checklist()) {
            String respondent = label("figures.respondent." + c.respondent());
            rows.add(row(checklist, c.edition(), respondent, c.itemId(), label("figures.choice.yes"), shown(c.yes())));
            rows.add(row(checklist, c.edition(), respondent, c.itemId(), label("figures.choice.no"), shown(c.no())));
            rows.add(row(checklist, c.edition(), respondent, c.itemId(), label("figures.choice.na"), shown(c.na())));
        }
        rows.add(row(label("figures.note"), null, null, null, messages.getMessage("figures.suppressed.note",
                new Object[] {v.minCell()}, Locale.JAPANESE), MARK));
        return new Tabular(scopeLabel, HEADER, rows);
    }

    private void family(List<List<Object>> rows, String name, Map<String, Long> values, String labelPrefix) {
        values.forEach((key, n) -> rows.add(row(name, null, null, key, label(labelPrefix + key), shown(n))));
    }

    private static Object shown(Long n) {
        return n == null ? MARK : n;
    }

    private static List<Object> row(Object... cells) {
        List<Object> out = new ArrayList<>();
        for (Object c : cells) {
            out.add(c);
        }
        return out;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.JAPANESE);
    }
}
