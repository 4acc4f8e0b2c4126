package jp.mamori.survey;

import java.util.List;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Contact;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.ContactRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's contacts: the nomination's until the hospital (or its contractor) edits them, then the case's own.
 * Invitations and the hospital's messages go to these.
 */
@Service
public class CaseContacts {

    private final CaseRepository cases;
    private final CaseContactStore store;
    private final CaseLedger ledger;
    private final CaseService service;
    private final NominationService nominations;
    private final AccessGuard guard;
    private final AuditLog audit;

    CaseContacts(CaseRepository cases, CaseContactStore store, CaseLedger ledger, CaseService service,
                 NominationService nominations, AccessGuard guard, AuditLog audit) {
        this.cases = cases;
        this.store = store;
        this.ledger = ledger;
        this.service = service;
        this.nominations = nominations;
        this.guard = guard;
        this.audit = audit;
    }

    /** Whom the case's hospital is reached at, with no access check: for messages and invitations. */
    public List<Contact> of(long caseId) {
        SurveyCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("案件 " + caseId + " が見つかりません。"));
        return current(store, nominations, c);
    }

    static List<Contact> current(CaseContactStore store, NominationService nominations, SurveyCase c) {
        return store.stored(c.id()).orElseGet(() -> {
            Nomination n = nominations.nominationsOf(c.programId(), List.of(c.hospital())).get(c.hospital());
            return n == null ? List.of() : n.row().contacts();
        });
    }

    /** The hospital for its own case, or the assigned contractor, replaces the whole list. */
    @Transactional
    public CaseService.CaseView replace(long caseId, List<Contact> given) {
        Actor actor = guard.current();
        SurveyCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("案件 " + caseId + " が見つかりません。"));
        var viewer = CaseService.viewer(actor);
        var scope = service.scope(c);
        if (!CaseAccessPolicy.canWriteAsHospital(viewer, scope) && !CaseAccessPolicy.canWriteSurvey(viewer, scope)) {
            throw new AccessDeniedException("case " + caseId);
        }
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。担当者は変更できません。");
        }
        List<Contact> contacts = given == null ? List.of() : given.stream().map(x -> x == null ? null : ContactRules.normalized(x)).toList();
        List<Problem> problems = ContactRules.check(contacts);
        if (!problems.isEmpty()) {
            throw new ValidationException("担当者の入力に誤りがあります。", problems);
        }
        List<Contact> before = current(store, nominations, c);
        if (!store.save(caseId, c.version(), contacts)) {
            throw new ConflictException("CONCURRENT_UPDATE", "他の人が先にこの案件を更新しました。最新の内容を読み直して、再度操作してください。");
        }
        ledger.history(caseId, actor.username(), "CONTACTS", null, Map.of("contacts", before.size()), Map.of("contacts", contacts.size()));
        audit.change("SURVEY_CASE_CONTACTS", "SURVEY_CASE", String.valueOf(caseId), before, contacts);
        return service.get(caseId);
    }
}
