package jp.mamori.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;

/** The attendee rows of a step form (attendees[i].name, attendees[i].organization); an empty row is no attendee. */
final class StepAttendeesForm {

    static final int MAX_ROWS = 30;

    private StepAttendeesForm() {
    }

    static List<StepRow.Attendee> read(Map<String, String> form) {
        List<StepRow.Attendee> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String name = trimmed(form.get("attendees[" + i + "].name"));
            String organization = trimmed(form.get("attendees[" + i + "].organization"));
            if (name == null && organization == null) {
                continue;
            }
            String who = (i + 1) + "人目の出席者の";
            if (name == null) {
                problems.add(Problem.field("attendees[" + i + "].name", "MISSING_VALUE", who + "氏名を入力してください（所属だけでは登録できません）。"));
            } else {
                TextRules.checkLine("attendees[" + i + "].name", who + "氏名", name, 100).ifPresent(problems::add);
            }
            TextRules.checkLine("attendees[" + i + "].organization", who + "所属（会社名）", organization, 200).ifPresent(problems::add);
            out.add(new StepRow.Attendee(name, organization));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("出席者の入力に誤りがあります。", problems);
        }
        return out;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
