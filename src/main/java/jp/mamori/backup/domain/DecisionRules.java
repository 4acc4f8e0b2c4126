package jp.mamori.backup.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.shared.Problem;

/**
 * What a hospital's decision on its plan must say: the day it decided (not in the future, Japan time), and for a
 * DEFER the day by which it will decide, after that. A plan the hospital declined altogether has nothing to decide on.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** @return the refusals, each naming its field under {@code decision.} */
    public static List<Problem> check(Decision d, boolean planDeclined, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d == null) {
            return problems;
        }
        if (planDeclined) {
            problems.add(Problem.field("decision", "INVALID_VALUE",
                    "バックアップ計画を作らないこと（辞退）になっているため、導入の判断は記録できません。"));
            return problems;
        }
        if (d.choice() == null) {
            problems.add(Problem.field("decision.choice", "MISSING_VALUE", "判断（導入する・延期する・導入しない）を選んでください。"));
        }
        if (d.decidedOn() == null) {
            problems.add(Problem.field("decision.decidedOn", "MISSING_VALUE", "判断した日を入力してください。"));
        } else if (d.decidedOn().isAfter(today)) {
            problems.add(Problem.field("decision.decidedOn", "INVALID_VALUE",
                    "判断した日に未来の日付（" + d.decidedOn() + "）は入力できません。"));
        }
        if (d.choice() == DecisionChoice.DEFER) {
            if (d.until() == null) {
                problems.add(Problem.field("decision.until", "MISSING_VALUE", "延期する場合は、いつまでに判断するか（期限）を入力してください。"));
            } else if (d.decidedOn() != null && !d.until().isAfter(d.decidedOn())) {
                problems.add(Problem.field("decision.until", "INVALID_VALUE",
                        "延期の期限（" + d.until() + "）は、判断した日（" + d.decidedOn() + "）より後の日付にしてください。"));
            }
        }
        return problems;
    }

    /** A date by which to decide belongs to a DEFER only; any other choice keeps none. */
    public static Decision normalise(Decision d) {
        if (d == null || d.choice() == DecisionChoice.DEFER) {
            return d;
        }
        return new Decision(d.choice(), d.decidedOn(), null);
    }
}
