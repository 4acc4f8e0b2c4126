package jp.mamori.backup;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.backup.domain.BackupPlan;
import jp.mamori.backup.domain.Decision;
import jp.mamori.backup.domain.DecisionChoice;
import jp.mamori.backup.domain.Frequency;
import jp.mamori.backup.domain.PlanRules;
import jp.mamori.backup.domain.ProtectedSystem;
import jp.mamori.backup.domain.Separation;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.AnswerDates;

/**
 * The plan as the API (or the page, as text) sends it, read field by field so that every mistake is reported at once
 * in Japanese with its field. Numbers may come as JSON numbers or as text with 全角 digits and commas (the page);
 * dates as ISO or as a hospital types them (和暦 too). Then PlanRules and DecisionRules check the values.
 */
final class BackupPlanForm {

    static final int NAME_TEXT = 200;
    static final int KIND_TEXT = 100;

    /**
     * @param version        the version the sender read, null when it did not say
     * @param decisionGiven  whether the body had a {@code decision} key at all (absent leaves the stored one)
     */
    record Read(BackupPlan plan, Integer version, Decision decision, boolean decisionGiven) {
    }

    private final JsonNode body;
    private final List<Problem> problems = new ArrayList<>();

    private BackupPlanForm(JsonNode body) {
        this.body = body;
    }

    static Read read(JsonNode body, boolean planToo) {
        if (body == null || !body.isObject()) {
            throw new ValidationException(Problem.of("MALFORMED_REQUEST",
                    "バックアップ計画は JSON のオブジェクト（{\"systems\": [...], ...}）で送ってください。"));
        }
        return new BackupPlanForm(body).parse(planToo);
    }

    private Read parse(boolean planToo) {
        BackupPlan plan = null;
        if (planToo) {
            List<ProtectedSystem> systems = systems();
            Long min = yen("costPerTbMin", "1TBあたりの費用（下限）", BackupPlan.DEFAULT_COST_PER_TB_MIN);
            Long max = yen("costPerTbMax", "1TBあたりの費用（上限）", BackupPlan.DEFAULT_COST_PER_TB_MAX);
            Boolean declined = bool("declined", "バックアップ計画の辞退");
            plan = new BackupPlan(systems, min == null ? 0 : min, max == null ? 0 : max, Boolean.TRUE.equals(declined), null);
            if (problems.isEmpty()) {
                problems.addAll(PlanRules.check(plan));
            }
        }
        boolean decisionGiven = body.has("decision");
        Decision decision = decisionGiven ? decision() : null;
        Integer version = version();
        fail();
        return new Read(plan, version, decision, decisionGiven);
    }

    private List<ProtectedSystem> systems() {
        JsonNode list = body.get("systems");
        List<ProtectedSystem> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            problems.add(Problem.field("systems", "INVALID_VALUE", "守るシステム（systems）は一覧（[...]）で送ってください。"));
            return out;
        }
        int row = 0;
        for (JsonNode s : list) {
            row++;
            if (!s.isObject()) {
                problems.add(new Problem(row, "systems", "INVALID_VALUE", row + "件目のシステムが読み取れません。"));
                continue;
            }
            String at = row + "件目の";
            String name = text(s, row, "name", at + "システム名", NAME_TEXT);
            String kind = text(s, row, "kind", at + "種類", KIND_TEXT);
            BigDecimal tb = decimal(s, row, "dataTb", at + "データ量（TB）");
            Frequency frequency = choice(s, row, "frequency", at + "バックアップの頻度", Frequency.class);
            Long generations = integer(s, row, "generations", at + "保管する世代数");
            Separation separation = choice(s, row, "separation", at + "ネットワークからの切り離し方", Separation.class);
            Long hours = integer(s, row, "restoreTargetHours", at + "復旧目標時間");
            if (generations == null && !s.hasNonNull("generations")) {
                problems.add(new Problem(row, "generations", "MISSING_VALUE", at + "保管する世代数を入力してください。"));
            }
            out.add(new ProtectedSystem(name, kind, tb, frequency, generations == null ? 1 : clampInt(generations),
                    separation, hours == null ? null : clampInt(hours)));
        }
        return out;
    }

    private Decision decision() {
        JsonNode d = body.get("decision");
        if (d == null || d.isNull()) {
            return null;
        }
        if (!d.isObject()) {
            problems.add(Problem.field("decision", "INVALID_VALUE",
                    "判断（decision）は {\"choice\", \"decidedOn\", \"until\"} の形で送ってください。"));
            return null;
        }
        DecisionChoice choice = choice(d, null, "choice", "判断", DecisionChoice.class, "decision.choice");
        LocalDate decidedOn = date(d, "decidedOn", "判断した日", "decision.decidedOn");
        LocalDate until = date(d, "until", "延期の期限", "decision.until");
        return new Decision(choice, decidedOn, until);
    }

    private String text(JsonNode n, int row, String field, String label, int max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        TextRules.checkLine(field, label, s, max).ifPresent(p -> problems.add(new Problem(row, field, p.code(), p.message())));
        return s.isEmpty() ? null : s;
    }

    private BigDecimal decimal(JsonNode n, int row, String field, String label) {
        String s = number(n.get(field));
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row, field, "INVALID_VALUE", label + "には数を入力してください（入力: " + raw(n.get(field)) + "）。"));
            return null;
        }
    }

    private Long integer(JsonNode n, Integer row, String field, String label) {
        String s = number(n.get(field));
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            problems.add(new Problem(row, field, "INVALID_VALUE", label + "には整数を入力してください（入力: " + raw(n.get(field)) + "）。"));
            return null;
        }
    }

    private Long yen(String field, String label, long absent) {
        if (!body.hasNonNull(field) || number(body.get(field)) == null) {
            return absent;
        }
        Long v = integer(body, null, field, label);
        return v;
    }

    private Boolean bool(String field, String label) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String s = v.asText().strip();
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        problems.add(Problem.field(field, "INVALID_VALUE", label + "は true / false で送ってください。"));
        return null;
    }

    private <E extends Enum<E>> E choice(JsonNode n, Integer row, String field, String label, Class<E> type) {
        return choice(n, row, field, label, type, field);
    }

    private <E extends Enum<E>> E choice(JsonNode n, Integer row, String field, String label, Class<E> type, String column) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        String s = v.asText().strip();
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row, column, "INVALID_VALUE", label + "は " + String.join(" / ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + " のどれかにしてください（入力: " + s + "）。"));
            return null;
        }
    }

    private LocalDate date(JsonNode n, String field, String label, String column) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(v.asText(), Normalizer.Form.NFKC).strip();
        return AnswerDates.parse(s).orElseGet(() -> {
            problems.add(Problem.field(column, "INVALID_VALUE", label + "は 2026-04-01 や 令和8年4月1日 の形で入力してください（入力: " + s + "）。"));
            return null;
        });
    }

    private Integer version() {
        JsonNode v = body.get("version");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            problems.add(Problem.field("version", "INVALID_VALUE", "version は読み込んだときの整数をそのまま送ってください。"));
            return null;
        }
        return v.intValue();
    }

    /** A number as text, 全角 digits and thousands commas read; null when absent or blank. */
    private static String number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        String s = Normalizer.normalize(v.asText(), Normalizer.Form.NFKC).replace(",", "").strip();
        return s.isEmpty() ? null : s;
    }

    private static String raw(JsonNode v) {
        return v == null ? "" : v.asText();
    }

    private static int clampInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private void fail() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
    }
}
