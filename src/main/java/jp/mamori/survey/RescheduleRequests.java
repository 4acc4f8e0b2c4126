package jp.mamori.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.StepNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hospital asks to move a step that is not done yet, offering up to five dates; its contractor is told. */
@Service
public class RescheduleRequests {

    static final int MAX_DATES = 5;

    private final CaseRepository cases;
    private final CaseService service;
    private final CaseLedger ledger;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RescheduleRequests(CaseRepository cases, CaseService service, CaseLedger ledger, JdbcClient jdbc, ObjectMapper json,
                       AccessGuard guard, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.service = service;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.json = json;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long request(long caseId, CaseStep step, List<LocalDate> dates, String note) {
        Actor actor = guard.current();
        SurveyCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("案件 " + caseId + " が見つかりません。"));
        if (!CaseAccessPolicy.canWriteAsHospital(CaseService.viewer(actor), service.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。");
        }
        if (c.row(step).doneOn() != null) {
            throw new ValidationException(Problem.field("step", "STEP_DONE", "「" + StepNames.ja(step) + "」は既に終わっています。終わっていない手順を選んでください。"));
        }
        LocalDate today = LocalDate.now(clock.withZone(jp.mamori.shared.JapaneseDates.TOKYO));
        if (dates == null || dates.isEmpty() || dates.size() > MAX_DATES) {
            throw new ValidationException(Problem.field("preferredDates", "INVALID_VALUE", "希望日は1〜" + MAX_DATES + "日を指定してください。"));
        }
        if (dates.stream().anyMatch(d -> d.isBefore(today))) {
            throw new ValidationException(Problem.field("preferredDates", "DATE_IN_PAST", "希望日には今日（" + today + "）以降の日付を指定してください。"));
        }
        TextRules.checkMultiLine("note", "メモ", note, 2000).ifPresent(p -> {
            throw new ValidationException(p);
        });
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        long id = jdbc.sql("""
                INSERT INTO survey_reschedule_request (case_id, step, preferred_dates, note, requested_by, requested_at)
                VALUES (:c, :s, CAST(:d AS jsonb), :n, :by, :at) RETURNING id""")
                .param("c", caseId).param("s", step.name()).param("d", write(sorted.stream().map(LocalDate::toString).toList()))
                .param("n", note).param("by", actor.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        Map<String, Object> after = Map.of("step", step.name(), "preferredDates", sorted.stream().map(LocalDate::toString).toList());
        ledger.history(caseId, actor.username(), "RESCHEDULE_REQUESTED", note, null, after);
        audit.change("SURVEY_RESCHEDULE_REQUESTED", "SURVEY_CASE", String.valueOf(caseId), null, after);
        events.publishEvent(new RescheduleRequested(id, caseId, c.programId(), c.hospital(), c.organizationId(), StepNames.ja(step),
                sorted, note));
        return id;
    }

    /** A request the contractor has still to answer: its step is not done yet. */
    public record Pending(long id, CaseStep step, List<LocalDate> preferredDates, String note, String requestedBy,
                          java.time.Instant requestedAt) {
    }

    /** The case's requests whose step is not done yet, newest first (the people involved only). */
    public List<Pending> pending(long caseId) {
        SurveyCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("案件 " + caseId + " が見つかりません。"));
        if (!CaseAccessPolicy.canReadPersonal(CaseService.viewer(guard.current()), service.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        return jdbc.sql("SELECT id, step, preferred_dates::text AS d, note, requested_by, requested_at FROM survey_reschedule_request"
                        + " WHERE case_id = :c ORDER BY requested_at DESC, id DESC")
                .param("c", caseId)
                .query((rs, n) -> new Pending(rs.getLong("id"), CaseStep.valueOf(rs.getString("step")), dates(rs.getString("d")),
                        rs.getString("note"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant()))
                .list().stream().filter(p -> c.row(p.step()).doneOn() == null).toList();
    }

    private List<LocalDate> dates(String text) {
        try {
            return json.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { })
                    .stream().map(LocalDate::parse).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored preferred dates unreadable", e);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
