package jp.mamori.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.survey.document.DocumentVault;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.QuestionnaireEdition;
import jp.mamori.survey.domain.QuestionnaireRules;
import jp.mamori.survey.domain.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's pre-survey questionnaire: answered by the hospital (or its contractor for it) after the memorandum, a
 * partial set kept as a draft. Nothing to pre-fill: the first edition asks nothing the nomination or the registry
 * holds (contacts, beds, the security manager are not asked again).
 */
@Service
public class QuestionnaireService {

    public record State(QuestionnaireEdition edition, Map<String, Object> answers, List<String> missing) {
        boolean complete() {
            return missing.isEmpty();
        }
    }

    private final CaseRepository cases;
    private final CaseService caseService;
    private final CaseLedger ledger;
    private final CasePresurvey presurvey;
    private final QuestionnaireStore store;
    private final DocumentVault documents;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuestionnaireService(CaseRepository cases, CaseService caseService, CaseLedger ledger, CasePresurvey presurvey,
                         QuestionnaireStore store, DocumentVault documents, AccessGuard guard, AuditLog audit, Clock clock,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.caseService = caseService;
        this.ledger = ledger;
        this.presurvey = presurvey;
        this.store = store;
        this.documents = documents;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    State get(long caseId) {
        SurveyCase c = find(caseId);
        Viewer viewer = CaseService.viewer(guard.current());
        if (!CaseAccessPolicy.canReadConfidential(viewer, caseService.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        // the answers are a description of the hospital's defences: every read is on the record
        audit.event("SURVEY_QUESTIONNAIRE_READ", "SURVEY_CASE", String.valueOf(caseId), null);
        return state(c);
    }

    /** Merges {@code given} into what is stored (a null clears an item), checks all of it, stores it. */
    @Transactional
    public State answer(long caseId, Map<String, Object> given) {
        Actor actor = guard.current();
        SurveyCase c = find(caseId);
        Viewer viewer = CaseService.viewer(actor);
        CaseScope scope = caseService.scope(c);
        if (!CaseAccessPolicy.canWriteAsHospital(viewer, scope) && !CaseAccessPolicy.canWriteSurvey(viewer, scope)) {
            throw new AccessDeniedException("case " + caseId);
        }
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。質問票は変更できません。");
        }
        if (!c.steps().isDone(jp.mamori.survey.domain.CaseStep.MEMORANDUM)) {
            throw CaseDocuments.memorandumPending();
        }
        State before = state(c);
        Map<String, Object> merged = new LinkedHashMap<>(before.answers());
        given.forEach((id, value) -> {
            if (value == null) {
                merged.remove(id);
            } else {
                merged.put(id, value);
            }
        });
        // unknown items among the given ones are refused by the rules, which see them in the merged set
        Map<String, Object> normalised = QuestionnaireRules.normalise(before.edition(), merged, LocalDate.now(clock));
        store.save(caseId, before.edition().id(), normalised, actor.username(), clock.instant());
        List<String> missing = QuestionnaireRules.missing(before.edition(), normalised);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("edition", before.edition().id());
        summary.put("items", given.keySet());
        summary.put("complete", missing.isEmpty());
        // the answers are confidential: the audit trail names the items changed, not their values
        audit.change("SURVEY_QUESTIONNAIRE_ANSWERED", "SURVEY_CASE", String.valueOf(caseId),
                Map.of("complete", before.complete()), summary);
        ledger.history(caseId, actor.username(), "QUESTIONNAIRE", missing.isEmpty() ? "事前質問票の回答（完了）" : "事前質問票の回答（下書き）",
                null, summary);
        presurvey.completeIfReady(caseId, documents.list(caseId), actor.username());
        events.publishEvent(new QuestionnaireAnswered(caseId));
        return new State(before.edition(), normalised, missing);
    }

    private State state(SurveyCase c) {
        QuestionnaireStore.Stored stored = store.find(c.id()).orElse(null);
        QuestionnaireEdition edition = presurvey.editionOf(c, stored);
        Map<String, Object> answers = stored == null ? Map.of() : stored.answers();
        return new State(edition, answers, QuestionnaireRules.missing(edition, answers));
    }

    private SurveyCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
    }
}
