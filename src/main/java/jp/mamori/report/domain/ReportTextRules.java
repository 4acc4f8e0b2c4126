package jp.mamori.report.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.report.ReportText;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;

/**
 * The lead's own words as stored: a summary (required, multi-line) and what to do first, one line each in their order.
 * Full-width spaces and stray whitespace around the text are the keyboard's, not the writer's: trimmed. Letters are not
 * folded (the hospital reads what the lead wrote).
 */
public final class ReportTextRules {

    public static final int SUMMARY_MAX = 4000;
    public static final int PRIORITY_MAX = 200;
    public static final int PRIORITIES_MAX = 20;

    private ReportTextRules() {
    }

    /** The text as stored, or every problem found (empty list when none), field names as the API's. */
    public static ReportText normalise(String summary, List<String> priorities, List<Problem> problems) {
        String s = trim(summary);
        if (s.isEmpty()) {
            problems.add(Problem.field("summary", "MISSING_VALUE", "総括（summary）を入力してください。報告書の冒頭に載る、調査結果のまとめです。"));
        } else {
            TextRules.checkMultiLine("summary", "総括", s, SUMMARY_MAX).ifPresent(problems::add);
        }
        List<String> kept = new ArrayList<>();
        List<String> given = priorities == null ? List.of() : priorities;
        if (given.size() > PRIORITIES_MAX) {
            problems.add(Problem.field("priorities", "TOO_MANY", "優先して取り組むこと（priorities）は" + PRIORITIES_MAX
                    + "件までです（現在" + given.size() + "件）。まとめられるものはまとめてください。"));
        }
        for (int i = 0; i < given.size(); i++) {
            String p = trim(given.get(i));
            String field = "priorities[" + i + "]";
            if (p.isEmpty()) {
                problems.add(new Problem(i + 1, field, "MISSING_VALUE",
                        "優先して取り組むことの" + (i + 1) + "件目が空です。内容を入力するか、その行を削除してください。"));
                continue;
            }
            int row = i + 1;
            TextRules.checkLine(field, "優先して取り組むことの" + row + "件目", p, PRIORITY_MAX)
                    .map(pr -> new Problem(row, pr.column(), pr.code(), pr.message())).ifPresent(problems::add);
            kept.add(p);
        }
        return new ReportText(s.isEmpty() ? null : s, kept);
    }

    /** Trims ASCII and full-width (U+3000) whitespace at both ends; CRLF becomes LF inside. */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return t.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
