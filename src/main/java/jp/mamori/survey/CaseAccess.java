package jp.mamori.survey;

import java.util.List;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.QuestionnaireRules;
import jp.mamori.survey.domain.SystemEntry;
import jp.mamori.survey.domain.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one door other modules (inventory, checklist, backup, report) use to a case's confidential data: who may
 * read or write it is CaseAccessPolicy's, and a confidential read is on the record before anything is shown.
 * The methods without a check are for the system's own work (rules, rematching, mail), never for a request.
 */
@Service
public class CaseAccess {

    private final CaseRepository cases;
    private final CaseService caseService;
    private final QuestionnaireStore answers;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final CasePresurvey presurvey;
    private final jp.mamori.survey.document.DocumentVault documents;
    private final jp.mamori.program.ProgramService programs;
    private final jp.mamori.registry.Registry registry;
    private final jp.mamori.security.Organizations organizations;
    private final CaseLedger ledger;
    private final java.time.Clock clock;

    CaseAccess(CaseRepository cases, CaseService caseService, QuestionnaireStore answers, AccessGuard guard, AuditLog audit,
               CasePresurvey presurvey, jp.mamori.survey.document.DocumentVault documents,
               jp.mamori.program.ProgramService programs, jp.mamori.registry.Registry registry,
               jp.mamori.security.Organizations organizations, CaseLedger ledger, java.time.Clock clock) {
        this.programs = programs;
        this.registry = registry;
        this.organizations = organizations;
        this.ledger = ledger;
        this.clock = clock;
        this.presurvey = presurvey;
        this.documents = documents;
        this.cases = cases;
        this.caseService = caseService;
        this.answers = answers;
        this.guard = guard;
        this.audit = audit;
    }

    /** The hospital, its assigned contractor, the prefecture with consent; audited as {@code auditAction}. */
    public CaseRef readConfidential(long caseId, String auditAction) {
        SurveyCase c = find(caseId);
        if (!CaseAccessPolicy.canReadConfidential(viewer(), caseService.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        audit.event(auditAction, "SURVEY_CASE", String.valueOf(caseId), null);
        return CaseRef.of(c);
    }

    /** The assigned contractor's survey work, on a case still running and after the memorandum. */
    public CaseRef writeSurvey(long caseId) {
        SurveyCase c = find(caseId);
        if (!CaseAccessPolicy.canWriteSurvey(viewer(), caseService.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        return writable(c);
    }

    /** The hospital's own decisions on its case, on a case still running and after the memorandum. */
    public CaseRef writeAsHospital(long caseId) {
        SurveyCase c = find(caseId);
        if (!CaseAccessPolicy.canWriteAsHospital(viewer(), caseService.scope(c))) {
            throw new AccessDeniedException("case " + caseId);
        }
        return writable(c);
    }

    /** Whether the caller is the case's own hospital (it sees no SUGGESTED findings, decides only its own risks). */
    public boolean callerIsHospital(long caseId) {
        SurveyCase c = find(caseId);
        return CaseAccessPolicy.canWriteAsHospital(viewer(), caseService.scope(c));
    }

    /** Whether the caller may do the contractor's survey work on this case (no state checks). */
    public boolean callerIsAssignedContractor(long caseId) {
        SurveyCase c = find(caseId);
        return CaseAccessPolicy.canWriteSurvey(viewer(), caseService.scope(c));
    }

    /** No access check: for the system's own work. */
    public CaseRef caseOf(long caseId) {
        return CaseRef.of(find(caseId));
    }

    /** Cases neither withdrawn nor delivered, whose data may still change: what a new KEV catalogue is matched against. */
    public List<CaseRef> openCases() {
        // one read for all: a KEV load rematches every open case in the program year
        return cases.open().stream().map(c -> new CaseRef(c.id(), c.programId(), c.hospital().value(), c.prefecture().value(),
                c.organizationId(), false, false)).toList();
    }

    /**
     * No access check: the same hospital's case in the nearest earlier program (following the programs'
     * "previous program"), for carrying last year's inventory over. Reading that case's data is the caller's to audit.
     */
    public java.util.Optional<CaseRef> previousCase(long caseId) {
        return cases.previousOf(caseId).flatMap(cases::find).map(CaseRef::of);
    }

    /** The questionnaire's answers as stored (a draft too), no access check: for rules and pre-filling. */
    public Map<String, Object> answers(long caseId) {
        return answers.find(caseId).map(QuestionnaireStore.Stored::answers).orElse(Map.of());
    }

    /** The questionnaire's system list, no access check: for pre-filling the inventory and the backup plan. */
    public List<SystemEntry> systems(long caseId) {
        return QuestionnaireRules.systemsOf(answers(caseId));
    }

    /** Every case of one hospital, oldest first, no access check: a hospital's checklist outlives its cases. */
    public List<CaseRef> casesOfHospital(String hospitalCode) {
        return cases.idsOfHospital(hospitalCode).stream().map(cases::find).flatMap(java.util.Optional::stream).map(CaseRef::of).toList();
    }

    /** The hospital's current case: its latest not withdrawn, else its latest; empty when it never had one. */
    public java.util.Optional<CaseRef> currentCaseOfHospital(String hospitalCode) {
        List<CaseRef> all = casesOfHospital(hospitalCode);
        return all.stream().filter(c -> !c.withdrawn()).reduce((a, b) -> b).or(() -> all.stream().reduce((a, b) -> b));
    }

    /** Who may see the case, for rules of other modules built on {@link CaseAccessPolicy} (no audit: nothing is read). */
    public jp.mamori.survey.domain.CaseScope scopeOf(long caseId) {
        return caseService.scope(find(caseId));
    }

    /** The caller as the access rules see them. */
    public Viewer currentViewer() {
        return viewer();
    }

    public boolean memorandumSigned(long caseId) {
        return find(caseId).steps().isDone(CaseStep.MEMORANDUM);
    }

    /** The fiscal year of the case's program. */
    public int fiscalYearOf(long caseId) {
        return presurvey.fiscalYear(find(caseId));
    }

    /** The hospital's own checklist changed: PRESURVEY of its running cases may now complete (in this transaction). */
    public void hospitalChecklistAnswered(String hospitalCode, String by) {
        for (CaseRef c : casesOfHospital(hospitalCode)) {
            if (!c.withdrawn() && !c.delivered()) {
                presurvey.completeIfReady(c.id(), documents.list(c.id()), by);
            }
        }
    }

    /** One step's dates as the report's cover shows them. */
    public record StepLine(CaseStep step, java.time.LocalDate plannedOn, java.time.LocalDate doneOn) {
    }

    /**
     * What the report's cover names: the hospital, the program, who surveyed it and when.
     *
     * @param contractorName    the contractor that answers for the case (the parent of a subcontractor), null while unassigned
     * @param subcontractorName the subcontractor holding the case, null when the contractor holds it itself
     * @param leadSurveyor      the lead surveyor's user name, null while none is set
     */
    public record ReportHeader(long caseId, String hospitalCode, String hospitalName, String programName, int fiscalYear,
                               String contractorName, String subcontractorName, String leadSurveyor, List<StepLine> steps) {
    }

    /**
     * No access check: for the report, after readConfidential (the caller checked and audited the read). The names
     * as they stand now: a delivered report is frozen by the report module, not here.
     */
    public ReportHeader reportHeader(long caseId) {
        SurveyCase c = find(caseId);
        String hospitalName = registry.hospital(c.hospital()).map(jp.mamori.registry.Hospital::name).orElse(c.hospital().value());
        String programName = programs.find(c.programId()).map(jp.mamori.program.Program::name).orElse(c.programId());
        jp.mamori.security.Organization org = organizations.find(c.organizationId()).orElse(null);
        String contractor = null;
        String subcontractor = null;
        if (org != null && org.parentId() != null) {
            subcontractor = org.name();
            contractor = organizations.find(org.parentId()).map(jp.mamori.security.Organization::name).orElse(org.parentId());
        } else if (org != null) {
            contractor = org.name();
        }
        List<StepLine> steps = java.util.Arrays.stream(CaseStep.values())
                .map(s -> new StepLine(s, c.row(s).plannedOn(), c.row(s).doneOn())).toList();
        return new ReportHeader(caseId, c.hospital().value(), hospitalName, programName, presurvey.fiscalYear(c), contractor,
                subcontractor, c.leadUsername(), steps);
    }

    /** A returned vendor form (事業者確認用), as uploaded. */
    public record VendorChecklistFile(String fileName, byte[] content) {
    }

    /**
     * The case's VENDOR_CHECKLIST documents with their bytes, for the readers of its confidential data; each download
     * audited with the document id, as a download through the documents API is.
     */
    public List<VendorChecklistFile> vendorChecklists(long caseId) {
        readConfidential(caseId, "SURVEY_CASE_VENDOR_CHECKLISTS_READ");
        return documents.list(caseId).stream()
                .filter(d -> d.kind() == jp.mamori.survey.document.DocumentKind.VENDOR_CHECKLIST)
                .map(d -> {
                    audit.event("SURVEY_DOCUMENT_DOWNLOADED", "SURVEY_DOCUMENT", d.id().toString(), "事業者確認用チェックリストの表示");
                    return new VendorChecklistFile(d.fileName(), documents.open(d.id()).content());
                }).toList();
    }

    /** No access check: the lead and the step dates the report's rules read (not confidential). */
    public CaseProgress progress(long caseId) {
        SurveyCase c = find(caseId);
        return new CaseProgress(c.id(), c.programId(), c.hospital().value(), c.organizationId(), c.leadUsername(), c.withdrawn(),
                c.sharedWithPrefecture(), c.row(CaseStep.ONSITE).doneOn(), c.row(CaseStep.REPORT).doneOn(),
                c.row(CaseStep.DELIVERY).doneOn());
    }

    /**
     * For the system: the report was approved, so REPORT is done on {@code on}, through the ledger with its history line
     * (as PRESURVEY completes itself). Nothing when REPORT is done already. In the caller's transaction.
     *
     * @throws ConflictException CASE_WITHDRAWN, STEP_ORDER (ONSITE not done), or INVALID_VALUE as a conflict when the
     *                           date does not fit the steps
     */
    @org.springframework.transaction.annotation.Transactional
    public void completeReport(long caseId, java.time.LocalDate on, String by) {
        SurveyCase c = find(caseId);
        if (c.steps().isDone(CaseStep.REPORT)) {
            return;
        }
        moveReport(c, on, jp.mamori.survey.domain.StepChange.byContractor(java.time.LocalDate.now(clock)).missing(null)
                .onWithdrawnCaseIf(c.withdrawn()), by, REPORT_APPROVED);
    }

    /**
     * For the system: an approved report was withdrawn by a change to the case's data, so REPORT's done date is cleared,
     * with a history line saying why. Nothing when REPORT is not done, the case is withdrawn, or DELIVERY is done
     * (what was delivered stays delivered; the report keeps a new version instead).
     */
    @org.springframework.transaction.annotation.Transactional
    public void withdrawReport(long caseId, String by, String reason) {
        SurveyCase c = find(caseId);
        if (!c.steps().isDone(CaseStep.REPORT) || c.steps().isDone(CaseStep.DELIVERY) || c.withdrawn()) {
            return;
        }
        moveReport(c, null, jp.mamori.survey.domain.StepChange.byContractor(java.time.LocalDate.now(clock)).correctedBy(reason),
                by, reason);
    }

    static final String REPORT_APPROVED = "報告書が承認されたため、「報告書の承認」を自動で完了";

    private void moveReport(SurveyCase c, java.time.LocalDate on, jp.mamori.survey.domain.StepChange change, String by, String note) {
        jp.mamori.survey.domain.CaseSteps after;
        try {
            after = c.steps().done(CaseStep.REPORT, on, change);
        } catch (jp.mamori.survey.domain.StepRefusal r) {
            throw new ConflictException(r.code(), r.getMessage());
        }
        if (!cases.touch(c.id(), c.version())) {
            throw new ConflictException("CONCURRENT_UPDATE", "他の人が先にこの案件を更新しました。最新の内容を読み直して、再度操作してください。");
        }
        ledger.saveSteps(c, Map.of(CaseStep.REPORT, c.row(CaseStep.REPORT).withDone(after.get(CaseStep.REPORT).doneOn())), by, note);
    }

    /**
     * For the system: stores a report file it made as a REPORT document of the case, encrypted under the program's key
     * like every document, its SHA-256 recorded; the history says so. People cannot upload REPORT documents.
     */
    public StoredReport storeReport(long caseId, String fileName, byte[] content, String by) {
        SurveyCase c = find(caseId);
        jp.mamori.survey.document.StoredDocument d;
        try {
            d = documents.store(c.programId(), caseId, jp.mamori.survey.document.DocumentKind.REPORT, fileName,
                    new java.io.ByteArrayInputStream(content), content.length, by);
        } catch (jp.mamori.survey.document.ScannerUnavailableException e) {
            // the vault scans every file it keeps, ours too; the delivery rolls back and can simply be saved again
            throw new jp.mamori.shared.UnavailableException("SCANNER_UNAVAILABLE",
                    "ウイルス検査サーバー（clamd）に接続できないため、報告書を保管できず、納品を記録しませんでした。"
                            + "時間をおいて納品日をもう一度保存してください。続く場合はシステム管理者に clamd の状態の確認を依頼してください。");
        }
        audit.change("SURVEY_DOCUMENT_STORED", "SURVEY_DOCUMENT", d.id().toString(), null, CaseDocuments.describe(d));
        ledger.history(caseId, by, "DOCUMENT_STORED", d.fileName(), null, CaseDocuments.describe(d));
        return new StoredReport(d.id(), d.sha256(), d.fileName());
    }

    /**
     * No access check: the bytes of one of the case's REPORT documents, verified against its SHA-256. The caller
     * decides who may have them and audits the download.
     *
     * @throws NotFoundException no such REPORT document of this case
     */
    public byte[] reportFile(long caseId, java.util.UUID documentId) {
        documents.find(documentId).filter(d -> d.caseId() == caseId && d.kind() == jp.mamori.survey.document.DocumentKind.REPORT)
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " に報告書の文書 " + documentId + " はありません。"));
        return documents.open(documentId).content();
    }

    private CaseRef writable(SurveyCase c) {
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。変更できません。");
        }
        if (!c.steps().isDone(CaseStep.MEMORANDUM)) {
            throw CaseDocuments.memorandumPending();
        }
        return CaseRef.of(c);
    }

    private Viewer viewer() {
        return CaseService.viewer(guard.current());
    }

    private SurveyCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
    }
}
