package jp.mamori.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.mamori.selection.SurveyCompletions;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.survey.domain.CaseStep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every write to a case goes through here, with its history line. It keeps the system's record of completed
 * surveys in step with the {@code DELIVERY} step, because next year's eligibility reads that record.
 */
@Component
class CaseLedger {

    private final CaseRepository cases;
    private final SurveyCompletions completions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseLedger(CaseRepository cases, SurveyCompletions completions, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.completions = completions;
        this.clock = clock;
    }

    /** Opens the case of a newly selected hospital; a prefecture's assignment rule assigns it at once. */
    Optional<Long> open(String programId, HospitalCode hospital, PrefectureCode prefecture, String by, String note) {
        Instant now = clock.instant();
        Optional<String> rule = cases.assignmentRule(programId, prefecture);
        Optional<Long> id = cases.open(programId, hospital, prefecture, rule.orElse(null), now);
        id.ifPresent(caseId -> {
            cases.addHistory(caseId, now, by, "OPENED", note, null, Map.of("hospitalCode", hospital.value()));
            rule.ifPresent(org -> {
                cases.saveStep(caseId, StepRow.empty(CaseStep.ASSIGNMENT).withDone(LocalDate.now(clock)));
                cases.addHistory(caseId, now, by, "ASSIGNED", "都道府県ごとの割り当てにより自動で割り当て", null,
                        Map.of("organizationId", org));
            });
            events.publishEvent(new CaseOpened(caseId, programId, hospital));
            rule.ifPresent(org -> events.publishEvent(new CaseAssigned(caseId, programId, hospital, org, null, caseId + ":opened")));
        });
        return id;
    }

    void withdraw(long caseId, String by, String note) {
        Instant now = clock.instant();
        cases.setWithdrawn(caseId, now);
        cases.addHistory(caseId, now, by, "WITHDRAWN", note, null, null);
        cases.find(caseId).ifPresent(c -> events.publishEvent(
                new CaseWithdrawn(caseId, c.programId(), c.hospital(), c.organizationId(), caseId + ":" + now.toEpochMilli())));
    }

    /** Tells listeners (the hospital's message) after an assignment is written; {@code version} is the case's new one. */
    void assigned(SurveyCase before, String organizationId, String leadUsername) {
        events.publishEvent(new CaseAssigned(before.id(), before.programId(), before.hospital(), organizationId, leadUsername,
                before.id() + ":" + (before.version() + 1)));
    }

    /** A hospital selected again after its case was closed keeps its one case. */
    void reopen(long caseId, String by, String note) {
        cases.setWithdrawn(caseId, null);
        cases.addHistory(caseId, clock.instant(), by, "REOPENED", note, null, null);
    }

    void history(long caseId, String by, String what, String note, Object before, Object after) {
        cases.addHistory(caseId, clock.instant(), by, what, note, before, after);
    }

    /** Stores the steps that changed, with one history line each, and the completion when DELIVERY's done date moves. */
    void saveSteps(SurveyCase before, Map<CaseStep, StepRow> after, String by, String note) {
        for (Map.Entry<CaseStep, StepRow> e : after.entrySet()) {
            StepRow was = before.row(e.getKey());
            StepRow now = e.getValue();
            if (was.equals(now)) {
                continue;
            }
            cases.saveStep(before.id(), now);
            cases.addHistory(before.id(), clock.instant(), by, "STEP_" + e.getKey().name(), note, describe(was), describe(now));
            if (e.getKey() == CaseStep.DELIVERY && !Objects.equals(was.doneOn(), now.doneOn())) {
                if (now.doneOn() != null) {
                    completions.completed(before.programId(), before.hospital(), now.doneOn());
                    events.publishEvent(new CaseDelivered(before.id(), before.programId(), before.hospital().value(), now.doneOn(), by));
                } else {
                    completions.reopened(before.programId(), before.hospital());
                }
            }
        }
    }

    private static Map<String, Object> describe(StepRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plannedOn", r.plannedOn() == null ? null : r.plannedOn().toString());
        m.put("plannedTime", r.plannedTime() == null ? null : r.plannedTime().toString());
        m.put("durationMinutes", r.durationMinutes());
        m.put("surveyors", r.surveyors());
        m.put("doneOn", r.doneOn() == null ? null : r.doneOn().toString());
        m.put("mode", r.mode());
        m.put("attendees", r.attendees().size());
        return m;
    }
}
