package jp.mamori.backup.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.shared.Problem;

/**
 * The bounds of a plan the contractor saves: each system named, its TB zero or more, at least one generation, a way
 * of keeping the copy apart; the rates zero or more, the lower no higher than the upper. A system's problems carry
 * its row (1 = first system) and field.
 */
public final class PlanRules {

    public static final int MAX_SYSTEMS = 100;
    public static final BigDecimal MAX_TB = new BigDecimal("100000");
    public static final int MAX_TB_DECIMALS = 3;
    public static final int MAX_GENERATIONS = 1000;
    public static final int MAX_RESTORE_HOURS = 8760;
    public static final long MAX_COST_PER_TB = 100_000_000L;

    private PlanRules() {
    }

    public static List<Problem> check(BackupPlan plan) {
        List<Problem> problems = new ArrayList<>();
        if (plan.systems().size() > MAX_SYSTEMS) {
            problems.add(Problem.field("systems", "INVALID_VALUE", "守るシステムは" + MAX_SYSTEMS + "件までです。"));
        }
        int row = 0;
        for (ProtectedSystem s : plan.systems()) {
            row++;
            String at = row + "件目の";
            if (s.name() == null || s.name().isBlank()) {
                problems.add(new Problem(row, "name", "MISSING_VALUE", at + "システム名を入力してください。"));
            }
            if (s.dataTb() == null) {
                problems.add(new Problem(row, "dataTb", "MISSING_VALUE", at + "データ量（TB）を入力してください（わからなければ 0）。"));
            } else if (s.dataTb().signum() < 0 || s.dataTb().compareTo(MAX_TB) > 0 || s.dataTb().stripTrailingZeros().scale() > MAX_TB_DECIMALS) {
                problems.add(new Problem(row, "dataTb", "INVALID_VALUE",
                        at + "データ量（TB）には0以上" + MAX_TB.toPlainString() + "以下の数を、小数点以下" + MAX_TB_DECIMALS
                                + "桁までで入力してください（入力: " + s.dataTb().toPlainString() + "）。"));
            }
            if (s.frequency() == null) {
                problems.add(new Problem(row, "frequency", "MISSING_VALUE", at + "バックアップの頻度（毎日・毎週・毎月）を選んでください。"));
            }
            if (s.generations() < 1 || s.generations() > MAX_GENERATIONS) {
                problems.add(new Problem(row, "generations", "INVALID_VALUE",
                        at + "保管する世代数には1以上" + MAX_GENERATIONS + "以下の整数を入力してください（入力: " + s.generations() + "）。"));
            }
            if (s.separation() == null) {
                problems.add(new Problem(row, "separation", "MISSING_VALUE", at + "ネットワークからの切り離し方を選んでください。"));
            }
            if (s.restoreTargetHours() != null && (s.restoreTargetHours() < 1 || s.restoreTargetHours() > MAX_RESTORE_HOURS)) {
                problems.add(new Problem(row, "restoreTargetHours", "INVALID_VALUE",
                        at + "復旧目標時間には1以上" + MAX_RESTORE_HOURS + "以下の整数（時間）を入力してください（入力: " + s.restoreTargetHours() + "）。"));
            }
        }
        rate(plan.costPerTbMin(), "costPerTbMin", "1TBあたりの費用（下限）", problems);
        rate(plan.costPerTbMax(), "costPerTbMax", "1TBあたりの費用（上限）", problems);
        if (plan.costPerTbMin() > plan.costPerTbMax()) {
            problems.add(Problem.field("costPerTbMax", "INVALID_VALUE",
                    "1TBあたりの費用の上限（" + plan.costPerTbMax() + "円）が下限（" + plan.costPerTbMin() + "円）より小さくなっています。上限は下限以上にしてください。"));
        }
        return problems;
    }

    private static void rate(long yen, String field, String label, List<Problem> problems) {
        if (yen < 0 || yen > MAX_COST_PER_TB) {
            problems.add(Problem.field(field, "INVALID_VALUE", label + "には0以上" + MAX_COST_PER_TB + "以下の金額（円）を入力してください（入力: " + yen + "）。"));
        }
    }
}
