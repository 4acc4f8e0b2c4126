package jp.mamori.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.program.ProgramService;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.StoredDocument;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.CaseSteps;
import jp.mamori.survey.domain.PresurveyCondition;
import jp.mamori.survey.domain.QuestionnaireEdition;
import jp.mamori.survey.domain.QuestionnaireRules;
import jp.mamori.survey.domain.StepChange;
import jp.mamori.survey.domain.StepRefusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRESURVEY has no done date of its own: it completes on the upload or answer that makes PresurveyCondition hold,
 * and is cleared again when a diagram's delete breaks it (never behind a HEARING already done).
 */
@Component
class CasePresurvey {

    static final String COMPLETED = "構成図・システム図、事前質問票、病院のチェックリストがそろったため、事前調査を自動で完了";
    static final String CLEARED = "構成図・システム図が削除され、事前調査の条件を満たさなくなったため完了を取り消し";

    private final CaseRepository cases;
    private final CaseLedger ledger;
    private final QuestionnaireEditions editions;
    private final QuestionnaireStore answers;
    private final ProgramService programs;
    private final HospitalChecklistStatus checklists;
    private final Clock clock;

    CasePresurvey(CaseRepository cases, CaseLedger ledger, QuestionnaireEditions editions, QuestionnaireStore answers,
                  ProgramService programs, HospitalChecklistStatus checklists, Clock clock) {
        this.checklists = checklists;
        this.cases = cases;
        this.ledger = ledger;
        this.editions = editions;
        this.answers = answers;
        this.programs = programs;
        this.clock = clock;
    }

    /** What PRESURVEY still lacks with these documents (empty when it may complete). */
    List<String> missing(SurveyCase c, List<StoredDocument> documents) {
        boolean network = documents.stream().anyMatch(d -> d.kind() == DocumentKind.NETWORK_DIAGRAM);
        boolean system = documents.stream().anyMatch(d -> d.kind() == DocumentKind.SYSTEM_DIAGRAM);
        QuestionnaireStore.Stored stored = answers.find(c.id()).orElse(null);
        QuestionnaireEdition edition = editionOf(c, stored);
        List<String> unanswered = QuestionnaireRules.missing(edition, stored == null ? Map.of() : stored.answers());
        boolean checklist = checklists.hospitalChecklistComplete(c.hospital().value(), fiscalYear(c));
        return PresurveyCondition.missing(network, system, unanswered, checklist);
    }

    /** The edition a case answers: the one its answers were given to, else its program's fiscal year's. */
    QuestionnaireEdition editionOf(SurveyCase c, QuestionnaireStore.Stored stored) {
        if (stored != null) {
            return editions.find(stored.edition()).orElseThrow(() -> new IllegalStateException("edition " + stored.edition()));
        }
        int year = fiscalYear(c);
        return editions.forFiscalYear(year).orElseThrow(() -> new NotFoundException(
                year + "年度の事前質問票はまだ用意されていません。厚生労働省に確認してください。"));
    }

    int fiscalYear(SurveyCase c) {
        return programs.find(c.programId()).orElseThrow(() -> new NotFoundException("事業「" + c.programId() + "」が見つかりません。"))
                .definition().fiscalYear().year();
    }

    /** Completes PRESURVEY today (Japan) when its condition now holds; nothing otherwise. */
    @Transactional
    void completeIfReady(long caseId, List<StoredDocument> documents, String by) {
        SurveyCase c = cases.find(caseId).orElseThrow();
        if (c.withdrawn() || c.steps().isDone(CaseStep.PRESURVEY) || !c.steps().isDone(CaseStep.MEMORANDUM)
                || !missing(c, documents).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CaseSteps after;
        try {
            after = c.steps().done(CaseStep.PRESURVEY, today, StepChange.byContractor(today));
        } catch (StepRefusal r) {
            return; // e.g. MEMORANDUM corrected to a later date meanwhile: it completes on the next change
        }
        cases.touch(caseId, c.version());
        ledger.saveSteps(c, Map.of(CaseStep.PRESURVEY, c.row(CaseStep.PRESURVEY).withDone(after.get(CaseStep.PRESURVEY).doneOn())),
                by, COMPLETED);
    }

    /**
     * Before a diagram is deleted: clears PRESURVEY when the documents left no longer satisfy it.
     *
     * @throws ConflictException STEP_ORDER when HEARING is already done (the delete is refused then)
     */
    @Transactional
    void clearIfBroken(SurveyCase c, List<StoredDocument> remaining, String by) {
        if (!c.steps().isDone(CaseStep.PRESURVEY) || missing(c, remaining).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CaseSteps after;
        try {
            after = c.steps().done(CaseStep.PRESURVEY, null, new StepChange(today, c.withdrawn(), null, true, CLEARED));
        } catch (StepRefusal r) {
            throw new ConflictException(r.code(), "この図を削除すると事前調査が未完了に戻りますが、" + r.getMessage());
        }
        cases.touch(c.id(), c.version());
        ledger.saveSteps(c, Map.of(CaseStep.PRESURVEY, c.row(CaseStep.PRESURVEY).withDone(after.get(CaseStep.PRESURVEY).doneOn())),
                by, CLEARED);
    }
}
