package jp.mamori.survey.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The seven steps of one case and the rules of the steps table (survey.md): done in order, a done date
 * never in the future nor before the previous step's, a done date once set corrected only by a manager or
 * the ministry with a reason. Immutable: every change returns the new steps or throws a {@link StepRefusal}.
 */
public final class CaseSteps {

    private final Map<CaseStep, StepDates> dates;

    private CaseSteps(Map<CaseStep, StepDates> dates) {
        this.dates = dates;
    }

    public static CaseSteps none() {
        return new CaseSteps(new EnumMap<>(CaseStep.class));
    }

    public static CaseSteps of(Map<CaseStep, StepDates> dates) {
        EnumMap<CaseStep, StepDates> copy = new EnumMap<>(CaseStep.class);
        copy.putAll(dates);
        return new CaseSteps(copy);
    }

    public StepDates get(CaseStep step) {
        return dates.getOrDefault(step, StepDates.NONE);
    }

    public Map<CaseStep, StepDates> asMap() {
        EnumMap<CaseStep, StepDates> all = new EnumMap<>(CaseStep.class);
        for (CaseStep s : CaseStep.values()) {
            all.put(s, get(s));
        }
        return Collections.unmodifiableMap(all);
    }

    public boolean isDone(CaseStep step) {
        return get(step).done();
    }

    /** The first step not yet done, DELIVERED when all are, WITHDRAWN when the hospital withdrew. */
    public CaseState state(boolean withdrawn) {
        if (withdrawn) {
            return CaseState.WITHDRAWN;
        }
        for (CaseStep s : CaseStep.values()) {
            if (!isDone(s)) {
                return CaseState.next(s);
            }
        }
        return CaseState.DELIVERED;
    }

    /** Planned dates may be set, moved or cleared for any step at any time (not on a withdrawn case). */
    public CaseSteps plan(CaseStep step, LocalDate plannedOn, boolean withdrawn) {
        if (withdrawn) {
            throw withdrawnRefusal();
        }
        return with(step, get(step).withPlanned(plannedOn));
    }

    /**
     * Sets, corrects or clears (null) a step's done date. Checked in the order of api-survey.md:
     * withdrawn, order, the step's own conditions, the date itself, then the right to correct.
     */
    public CaseSteps done(CaseStep step, LocalDate doneOn, StepChange change) {
        if (change.withdrawn()) {
            throw withdrawnRefusal();
        }
        StepDates current = get(step);
        if (doneOn == null) {
            return clear(step, current, change);
        }
        CaseStep previous = step.previous();
        if (previous != null && !isDone(previous)) {
            throw new StepRefusal(StepRefusal.Kind.CONFLICT, "STEP_ORDER",
                    "「" + StepNames.ja(firstUndone()) + "」が済んでいないため、「" + StepNames.ja(step)
                            + "」の完了日は登録できません。先に「" + StepNames.ja(firstUndone()) + "」を完了してください。");
        }
        if (change.missingCondition() != null && !current.done()) {
            throw new StepRefusal(StepRefusal.Kind.CONFLICT, "STEP_INCOMPLETE",
                    "「" + StepNames.ja(step) + "」を完了にするには、" + change.missingCondition());
        }
        if (doneOn.isAfter(change.today())) {
            throw new StepRefusal(StepRefusal.Kind.INVALID, "INVALID_VALUE",
                    "完了日 " + doneOn + " は未来の日付です。実際に完了した日（今日 " + change.today() + " まで）を入力してください。");
        }
        if (previous != null && doneOn.isBefore(get(previous).doneOn())) {
            throw new StepRefusal(StepRefusal.Kind.INVALID, "INVALID_VALUE",
                    "完了日 " + doneOn + " は「" + StepNames.ja(previous) + "」の完了日 " + get(previous).doneOn()
                            + " より前です。" + get(previous).doneOn() + " 以降の日付を入力してください。");
        }
        CaseStep next = next(step);
        if (next != null && isDone(next) && doneOn.isAfter(get(next).doneOn())) {
            throw new StepRefusal(StepRefusal.Kind.INVALID, "INVALID_VALUE",
                    "完了日 " + doneOn + " は次の「" + StepNames.ja(next) + "」の完了日 " + get(next).doneOn()
                            + " より後です。" + get(next).doneOn() + " までの日付を入力してください。");
        }
        if (current.done() && !current.doneOn().equals(doneOn)) {
            requireCorrection(step, change);
        }
        return with(step, current.withDone(doneOn));
    }

    private CaseSteps clear(CaseStep step, StepDates current, StepChange change) {
        if (!current.done()) {
            return this;
        }
        CaseStep next = next(step);
        if (next != null && isDone(next)) {
            throw new StepRefusal(StepRefusal.Kind.CONFLICT, "STEP_ORDER",
                    "次の「" + StepNames.ja(next) + "」が完了しているため、「" + StepNames.ja(step)
                            + "」の完了日は取り消せません。後の手順から取り消してください。");
        }
        requireCorrection(step, change);
        return with(step, current.withDone(null));
    }

    private static void requireCorrection(CaseStep step, StepChange change) {
        if (!change.mayCorrect()) {
            throw new StepRefusal(StepRefusal.Kind.FORBIDDEN, "CORRECTION_NOT_ALLOWED",
                    "「" + StepNames.ja(step) + "」の完了日は登録済みです。訂正できるのは事業者の管理者または厚生労働省です。");
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw new StepRefusal(StepRefusal.Kind.INVALID, "REASON_REQUIRED",
                    "登録済みの完了日を訂正するには、訂正の理由を入力してください。");
        }
    }

    private CaseStep firstUndone() {
        for (CaseStep s : CaseStep.values()) {
            if (!isDone(s)) {
                return s;
            }
        }
        return CaseStep.DELIVERY;
    }

    private static CaseStep next(CaseStep step) {
        CaseStep[] all = CaseStep.values();
        return step.ordinal() + 1 < all.length ? all[step.ordinal() + 1] : null;
    }

    private static StepRefusal withdrawnRefusal() {
        return new StepRefusal(StepRefusal.Kind.CONFLICT, "CASE_WITHDRAWN",
                "この病院は辞退したため、調査は終了しています。手順は変更できません。");
    }

    private CaseSteps with(CaseStep step, StepDates value) {
        EnumMap<CaseStep, StepDates> copy = new EnumMap<>(CaseStep.class);
        copy.putAll(dates);
        copy.put(step, value);
        return new CaseSteps(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseSteps other && other.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
