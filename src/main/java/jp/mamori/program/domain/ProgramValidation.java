package jp.mamori.program.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PrefectureQuota;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.Problem;
import jp.mamori.shared.RuleSet;
import jp.mamori.shared.TextRules;

/** Everything that makes a program definition unusable, each with what to fix, in Japanese. */
public final class ProgramValidation {

    private ProgramValidation() {
    }

    public static List<Problem> problems(ProgramDefinition p) {
        List<Problem> problems = new ArrayList<>();
        if (p.id() == null || !p.id().matches("[A-Za-z0-9_-]{1,40}")) {
            problems.add(Problem.field("id", "INVALID_VALUE", "事業IDは半角英数字・-・_ の40文字以内にしてください（例: FY2025）。"));
        }
        if (p.name() == null || p.name().isBlank()) {
            problems.add(Problem.field("name", "MISSING_VALUE", "事業名を入力してください。"));
        } else {
            // program.name is VARCHAR(200); the one rule for stored text also keeps NUL and bidi overrides out
            TextRules.checkLine("name", "事業名", p.name(), 200).ifPresent(problems::add);
        }
        if (p.fiscalYear() == null) {
            problems.add(Problem.field("fiscalYear", "MISSING_VALUE", "年度を入力してください（例: 2025）。"));
        }
        if (p.ruleSet() == null) {
            problems.add(Problem.field("ruleSet", "MISSING_VALUE", "選定ルールを FY2024 または FY2025 から選んでください。"));
        }
        if (p.nationalCapacity() < 0) {
            problems.add(Problem.field("nationalCapacity", "INVALID_VALUE", "全国の支援枠は0以上の整数にしてください。"));
        }
        if (p.submissionDeadline() == null) {
            problems.add(Problem.field("submissionDeadline", "MISSING_VALUE", "提出期限を入力してください。"));
        }
        if (p.id() != null && p.id().equals(p.previousProgramId())) {
            problems.add(Problem.field("previousProgramId", "INVALID_VALUE", "前年度の事業に自分自身は指定できません。"));
        }
        if (p.ruleSet() == RuleSet.FY2024 && p.onsiteCompletionDeadline() != null) {
            problems.add(Problem.field("onsiteCompletionDeadline", "INVALID_VALUE",
                    "現地調査の完了期限はFY2025ルールの項目です。FY2024ルールでは空欄にしてください。"));
        }
        if (p.ruleSet() == RuleSet.FY2025 && p.emrDeadline() != null) {
            problems.add(Problem.field("emrDeadline", "INVALID_VALUE",
                    "電子カルテ導入期限はFY2024ルールの項目です。FY2025ルールでは空欄にしてください。"));
        }
        bands(p.bedBands(), problems);
        quotas(p, problems);
        Set<PriorityKey> keys = new HashSet<>(p.priorityKeys());
        if (keys.size() != p.priorityKeys().size()) {
            problems.add(Problem.field("priorityKeys", "INVALID_VALUE", "優先順位の基準が重複しています。各基準は1回ずつ指定してください。"));
        }
        return problems;
    }

    private static void bands(List<BedBand> bands, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            BedBand b = bands.get(i);
            TextRules.checkLine("bedBands[" + i + "].id", "病床規模の区分ID", b.id(), 20).ifPresent(problems::add);
            if (!ids.add(b.id())) {
                problems.add(Problem.field("bedBands[" + i + "].id", "DUPLICATE_BAND", "病床規模の区分ID「" + b.id() + "」が重複しています。"));
            }
            for (int j = 0; j < i; j++) {
                BedBand other = bands.get(j);
                if (b.overlaps(other)) {
                    problems.add(Problem.field("bedBands[" + i + "]", "OVERLAPPING_BANDS",
                            "病床規模の区分「" + other.id() + "」（" + range(other) + "）と「" + b.id() + "」（" + range(b)
                                    + "）の範囲が重なっています。1つの病院が1つの区分に入るようにしてください。"));
                }
            }
        }
    }

    private static void quotas(ProgramDefinition p, List<Problem> problems) {
        Set<String> bandIds = new HashSet<>();
        p.bedBands().forEach(b -> bandIds.add(b.id()));
        for (Map.Entry<PrefectureCode, PrefectureQuota> e : p.quotas().entrySet()) {
            String where = "quotas[" + e.getKey() + "]";
            PrefectureQuota q = e.getValue();
            if (!p.banded()) {
                if (!q.bandQuotas().isEmpty()) {
                    problems.add(Problem.field(where + ".bands", "INVALID_VALUE",
                            "都道府県" + e.getKey() + ": 病床規模の区分がない事業では区分ごとの対象数は指定できません。"));
                }
                continue;
            }
            for (String id : q.bandQuotas().keySet()) {
                if (!bandIds.contains(id)) {
                    problems.add(Problem.field(where + ".bands", "UNKNOWN_BAND",
                            "都道府県" + e.getKey() + ": 区分「" + id + "」は定義されていません（定義済み: " + String.join(", ", bandIds) + "）。"));
                }
            }
            int sum = q.bandQuotas().values().stream().mapToInt(Integer::intValue).sum();
            if (sum != q.quota()) {
                problems.add(Problem.field(where + ".bands", "BAND_QUOTAS_DO_NOT_ADD_UP",
                        "都道府県" + e.getKey() + ": 区分ごとの対象数の合計（" + sum + "）が対象数（" + q.quota() + "）と一致しません。"));
            }
        }
    }

    private static String range(BedBand b) {
        return b.minBeds() + "〜" + (b.maxBeds() == null ? "" : b.maxBeds()) + "床";
    }
}
