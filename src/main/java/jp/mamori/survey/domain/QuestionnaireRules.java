package jp.mamori.survey.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;

/**
 * Checks and normalises answers to an edition: a partial set is a draft and is kept; a value that does not fit its
 * item is refused with the item named; the questionnaire is complete when every required item has a value.
 * Numbers and dates arrive as typed on a page (全角 digits, stray spaces) or as JSON values.
 */
public final class QuestionnaireRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_SYSTEMS = 200;
    public static final int MAX_NUMBER = 100_000;

    private QuestionnaireRules() {
    }

    /** The normalised answers, or a refusal listing every problem (nothing stored then). */
    public static Map<String, Object> normalise(QuestionnaireEdition edition, Map<String, Object> answers, LocalDate today) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (answers == null) {
            return result;
        }
        answers.forEach((id, value) -> {
            var item = edition.item(id);
            if (item.isEmpty()) {
                problems.add(Problem.field(id, "UNKNOWN_ITEM", "質問「" + id + "」はこの質問票（" + edition.id() + "）にありません。"));
                return;
            }
            if (value == null || value instanceof String s && s.isBlank()) {
                return; // left unanswered: a draft
            }
            Object normalised = value(item.get(), value, today, problems);
            if (normalised != null) {
                result.put(id, normalised);
            }
        });
        if (!problems.isEmpty()) {
            throw new jp.mamori.shared.ValidationException("回答に誤りがあります。各質問を確認してください。", problems);
        }
        return result;
    }

    /** The required items not yet answered, in the edition's order. */
    public static List<String> missing(QuestionnaireEdition edition, Map<String, Object> answers) {
        List<String> missing = new ArrayList<>();
        for (QuestionnaireItem item : edition.items()) {
            Object v = answers.get(item.id());
            boolean empty = v == null || v instanceof List<?> l && l.isEmpty();
            if (item.required() && empty) {
                missing.add(item.id());
            }
        }
        return missing;
    }

    private static Object value(QuestionnaireItem item, Object value, LocalDate today, List<Problem> problems) {
        String label = "「" + item.text() + "」";
        return switch (item.type()) {
            case NUMBER -> number(item, label, value, problems);
            case CHOICE -> choice(item, label, value, problems);
            case TEXT -> text(item, label, value, problems);
            case DATE -> date(item, label, value, today, problems);
            case SYSTEMS -> systems(item, label, value, problems);
        };
    }

    private static Integer number(QuestionnaireItem item, String label, Object value, List<Problem> problems) {
        String s = normalize(String.valueOf(value)).replace(",", "");
        try {
            double d = Double.parseDouble(s);
            if (d != Math.rint(d) || d < 0 || d > MAX_NUMBER) {
                throw new NumberFormatException();
            }
            return (int) d;
        } catch (NumberFormatException e) {
            problems.add(Problem.field(item.id(), "INVALID_VALUE",
                    label + "には0以上" + MAX_NUMBER + "以下の整数を入力してください（入力: " + value + "）。"));
            return null;
        }
    }

    private static String choice(QuestionnaireItem item, String label, Object value, List<Problem> problems) {
        String s = normalize(String.valueOf(value));
        for (String c : item.choices()) {
            if (normalize(c).equals(s)) {
                return c;
            }
        }
        problems.add(Problem.field(item.id(), "INVALID_VALUE",
                label + "は " + String.join(" / ", item.choices()) + " から選んでください（入力: " + value + "）。"));
        return null;
    }

    private static String text(QuestionnaireItem item, String label, Object value, List<Problem> problems) {
        String s = String.valueOf(value).strip();
        var problem = TextRules.checkMultiLine(item.id(), label, s, MAX_TEXT);
        problem.ifPresent(problems::add);
        return problem.isPresent() ? null : s;
    }

    private static String date(QuestionnaireItem item, String label, Object value, LocalDate today, List<Problem> problems) {
        var parsed = AnswerDates.parse(normalize(String.valueOf(value)));
        if (parsed.isEmpty()) {
            problems.add(Problem.field(item.id(), "INVALID_VALUE",
                    label + "は YYYY-MM-DD（例: 2025-04-01）か和暦（例: 令和7年4月1日）で入力してください（入力: " + value + "）。"));
            return null;
        }
        LocalDate d = parsed.get();
        if (d.isAfter(today)) {
            problems.add(Problem.field(item.id(), "INVALID_VALUE", label + "に未来の日付（" + d + "）は入力できません。"));
            return null;
        }
        return d.toString();
    }

    private static List<Map<String, Object>> systems(QuestionnaireItem item, String label, Object value, List<Problem> problems) {
        if (!(value instanceof List<?> list)) {
            problems.add(Problem.field(item.id(), "INVALID_VALUE", label + "はシステムの一覧（名前・種類・ベンダー・リモート保守の有無）で回答してください。"));
            return null;
        }
        if (list.size() > MAX_SYSTEMS) {
            problems.add(Problem.field(item.id(), "INVALID_VALUE", label + "は" + MAX_SYSTEMS + "件までです。"));
            return null;
        }
        List<Map<String, Object>> systems = new ArrayList<>();
        int row = 0;
        int before = problems.size();
        for (Object o : list) {
            row++;
            if (!(o instanceof Map<?, ?> m)) {
                problems.add(new Problem(row, item.id(), "INVALID_VALUE", label + "の" + row + "件目が読み取れません。"));
                continue;
            }
            String name = field(m, "name", row, "システム名", 200, problems);
            String kind = field(m, "kind", row, "種類", 100, problems);
            String vendor = field(m, "vendor", row, "ベンダー", 200, problems);
            Object remote = m.get("remoteMaintenance");
            if (name == null || name.isEmpty()) {
                problems.add(new Problem(row, "name", "MISSING_VALUE", label + "の" + row + "件目にシステム名を入力してください。"));
            }
            if (remote != null && !(remote instanceof Boolean)) {
                problems.add(new Problem(row, "remoteMaintenance", "INVALID_VALUE",
                        label + "の" + row + "件目のリモート保守は true / false（不明なら空）で回答してください。"));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("kind", kind);
            entry.put("vendor", vendor);
            entry.put("remoteMaintenance", remote instanceof Boolean b ? b : null);
            systems.add(entry);
        }
        return problems.size() == before ? systems : null;
    }

    private static String field(Map<?, ?> m, String key, int row, String label, int max, List<Problem> problems) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        TextRules.checkLine(key, row + "件目の" + label, s, max)
                .ifPresent(p -> problems.add(new Problem(row, key, p.code(), p.message())));
        return s.isEmpty() ? null : s;
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /** The systems of complete answers, for the inventory and backup plan to start from. */
    public static List<SystemEntry> systemsOf(Map<String, Object> answers) {
        List<SystemEntry> out = new ArrayList<>();
        if (answers.get("systems") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    out.add(new SystemEntry((String) m.get("name"), (String) m.get("kind"), (String) m.get("vendor"),
                            m.get("remoteMaintenance") instanceof Boolean b ? b : null));
                }
            }
        }
        return out;
    }
}
