package jp.mamori.checklist.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;

/**
 * One respondent's whole answer set for an edition, checked at once so every mistake is told together: the keys
 * (per target), the choice, the dates (checked, target), then the gate. Nothing is stored unless all of it holds.
 */
public final class ChecklistAnswerRules {

    private ChecklistAnswerRules() {
    }

    public static Map<String, Answer> normalise(Edition edition, Map<String, RawAnswer> given, LocalDate today) {
        List<Problem> problems = new ArrayList<>(PerTargetAnswers.check(edition, given.keySet()));
        Map<String, Answer> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, RawAnswer> e : given.entrySet()) {
            String key = e.getKey();
            AnswerKey k = AnswerKey.parse(key).orElse(null);
            ChecklistItem item = k == null ? null : edition.item(k.itemId()).orElse(null);
            if (item == null) {
                continue; // told by PerTargetAnswers
            }
            RawAnswer raw = e.getValue();
            Choice choice = choice(raw == null ? null : raw.answer());
            if (choice == null) {
                problems.add(Problem.field(key, raw == null || raw.answer() == null || raw.answer().isBlank() ? "MISSING_VALUE" : "INVALID_VALUE",
                        "回答は YES（はい）・NO（いいえ）・NA（該当なし）のどれかにしてください。"));
                continue;
            }
            LocalDate checked = date(key, raw.checkedOn(), "確認した日", problems);
            LocalDate target = choice == Choice.NO ? date(key, raw.targetOn(), "対応予定日", problems) : null;
            Answer a = new Answer(choice, checked, target);
            CheckedOnRule.check(key, a, today).ifPresent(problems::add);
            TargetDateRule.check(key, item, a, edition).ifPresent(problems::add);
            parsed.put(AnswerKey.of(item.id(), k.target()), a);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("チェックリストの回答に誤りがあります。", problems);
        }
        return GateRule.apply(edition, ordered(edition, parsed));
    }

    /** In the edition's order, whole answers before per-target ones, so the stored set reads like the form. */
    public static Map<String, Answer> ordered(Edition edition, Map<String, Answer> answers) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (ChecklistItem item : edition.items()) {
            if (answers.containsKey(item.id())) {
                out.put(item.id(), answers.get(item.id()));
            }
            for (Target t : item.targets()) {
                String key = AnswerKey.of(item.id(), t);
                if (answers.containsKey(key)) {
                    out.put(key, answers.get(key));
                }
            }
        }
        return out;
    }

    private static Choice choice(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "YES", "はい" -> Choice.YES;
            case "NO", "いいえ" -> Choice.NO;
            case "NA", "該当なし" -> Choice.NA;
            default -> null;
        };
    }

    private static LocalDate date(String key, String text, String label, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.field(key, "INVALID_VALUE", label + "は YYYY-MM-DD の形で入力してください（入力値: " + text + "）。"));
            return null;
        }
    }
}
