package jp.mamori.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.report.domain.ApprovalWithdrawal;
import jp.mamori.report.domain.FourEyesRule;
import jp.mamori.report.domain.RedeliveryRule;
import jp.mamori.report.domain.ReportRefusal;
import jp.mamori.report.domain.ReportTextRules;
import jp.mamori.report.domain.VersionState;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.ForbiddenException;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseProgress;
import jp.mamori.survey.StoredReport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's report as the API and the page see it: the lead writes, a second account of the contractor approves
 * (which completes REPORT), the DELIVERY step freezes the approved version (ReportDelivery), a change to the case's
 * data withdraws the approval or opens a new version (ReportInvalidation). Every read and every change is audited.
 */
@Service
public class Reports {

    /** Who reads: the assigned contractor sees the current version, the hospital and the consented prefecture the delivered ones. */
    public enum Reader { CONTRACTOR, HOSPITAL, PREFECTURE }

    /** What the caller sees of the case's report; {@code shown} is the version shown (null when none is, yet). */
    public record View(CaseProgress progress, Reader reader, ReportVersion shown, List<ReportVersion> versions, boolean mayWrite,
                       boolean mayApprove, boolean isLead, boolean mayRedeliver) {
    }

    /** A file to download, with the version it is. */
    public record Download(byte[] content, ReportVersion version, String fileName) {
    }

    private final ReportStore store;
    private final CaseAccess access;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ReportRenderer renderer;
    private final Clock clock;

    Reports(ReportStore store, CaseAccess access, AccessGuard guard, AuditLog audit, ReportRenderer renderer, Clock clock) {
        this.store = store;
        this.access = access;
        this.guard = guard;
        this.audit = audit;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The lead's own words; after approval they withdraw it, after delivery they go into a new version. */
    @Transactional
    public ReportVersion write(long caseId, String summary, List<String> priorities) {
        Actor actor = guard.current();
        access.writeSurvey(caseId);
        CaseProgress p = access.progress(caseId);
        if (p.leadUsername() == null || !p.leadUsername().equals(actor.username())) {
            throw new ForbiddenException("NOT_LEAD", p.leadUsername() == null
                    ? "この案件には主担当がまだいません。報告書を書けるのは案件の主担当だけです。管理者に主担当を決めてもらってください。"
                    : "報告書を書けるのは案件の主担当（" + p.leadUsername() + "）だけです。");
        }
        List<Problem> problems = new ArrayList<>();
        ReportText text = ReportTextRules.normalise(summary, priorities, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        Instant now = clock.instant();
        Optional<ReportVersion> current = store.currentForUpdate(caseId);
        if (current.isPresent() && current.get().text().equals(text)) {
            return current.get(); // nothing changed: an approval stands
        }
        int version;
        if (current.isEmpty()) {
            version = 1;
            store.insert(caseId, version, text, actor.username(), now);
        } else {
            ReportVersion c = current.get();
            version = c.version();
            switch (ApprovalWithdrawal.after(c.state())) {
                case NOTHING -> store.write(caseId, version, text, actor.username(), now);
                case WITHDRAW -> {
                    store.write(caseId, version, text, actor.username(), now);
                    withdrawn(c, actor.username(), "主担当が報告書の本文を書き直したため、承認を取り消し");
                }
                case NEW_VERSION -> {
                    version = c.version() + 1;
                    store.insert(caseId, version, text, actor.username(), now);
                }
            }
        }
        ReportVersion after = store.find(caseId, version).orElseThrow();
        audit.change("REPORT_WRITTEN", "SURVEY_CASE", String.valueOf(caseId), current.map(Reports::describe).orElse(null), describe(after));
        return after;
    }

    /** A second account of the contractor approves the current version: REPORT is done today (Japan). */
    @Transactional
    public ReportVersion approve(long caseId) {
        Actor actor = guard.current();
        access.writeSurvey(caseId);
        CaseProgress p = access.progress(caseId);
        Optional<ReportVersion> current = store.currentForUpdate(caseId);
        refused(() -> FourEyesRule.check(p.leadUsername(), actor.username(), p.onsiteDoneOn() != null,
                current.map(ReportVersion::written).orElse(false)));
        ReportVersion c = current.orElseThrow();
        if (c.state() != VersionState.DRAFT) {
            return c; // approved (or delivered) already: approving again changes nothing
        }
        store.approve(caseId, c.version(), actor.username(), clock.instant());
        access.completeReport(caseId, today(), actor.username());
        ReportVersion after = store.find(caseId, c.version()).orElseThrow();
        audit.change("REPORT_APPROVED", "SURVEY_CASE", String.valueOf(caseId), describe(c), describe(after));
        return after;
    }

    /** A later version, approved after the DELIVERY step was done, delivered on its own day (frozen as the first was). */
    @Transactional
    public ReportVersion redeliver(long caseId, LocalDate on) {
        Actor actor = guard.current();
        access.writeSurvey(caseId);
        CaseProgress p = access.progress(caseId);
        ReportVersion c = store.currentForUpdate(caseId).orElseThrow(() -> new ConflictException("REPORT_NOT_APPROVED",
                "報告書がまだ書かれていません。主担当が書き、別のアカウントが承認してから納品してください。"));
        LocalDate day = refused(() -> RedeliveryRule.check(p.deliveryDoneOn(), c.state(),
                c.approvedAt() == null ? today() : LocalDate.ofInstant(c.approvedAt(), JapaneseDates.TOKYO), on, today()));
        return freeze(c, day, actor.username());
    }

    /** The DELIVERY step was done: the approved version is frozen (a failure rolls the delivery back). */
    @Transactional
    void delivered(long caseId, LocalDate on, String by) {
        if (store.all(caseId).stream().anyMatch(v -> v.state() == VersionState.DELIVERED)) {
            return; // the step's date corrected: what was delivered stays as it was delivered
        }
        ReportVersion c = store.currentForUpdate(caseId).filter(v -> v.state() == VersionState.APPROVED)
                .orElseThrow(() -> new ConflictException("STEP_INCOMPLETE",
                        "報告書の現在の版が承認されていないため、納品できません。主担当以外の事業者アカウントが報告書を承認してから納品してください。"));
        freeze(c, on, by);
    }

    private ReportVersion freeze(ReportVersion c, LocalDate on, String by) {
        ReportStamp stamp = new ReportStamp(c.version(), c.approvedBy(), c.stamp().approvedAt(), on);
        byte[] pdf = renderer.pdf(c.caseId(), c.text(), stamp);
        byte[] xlsx = renderer.xlsx(c.caseId(), c.text(), stamp);
        StoredReport storedPdf = access.storeReport(c.caseId(), fileName(c.caseId(), c.version(), "pdf"), pdf, by);
        StoredReport storedXlsx = access.storeReport(c.caseId(), fileName(c.caseId(), c.version(), "xlsx"), xlsx, by);
        store.deliver(c.caseId(), c.version(), on, storedPdf.documentId(), storedPdf.sha256(), storedXlsx.documentId(), storedXlsx.sha256());
        ReportVersion after = store.find(c.caseId(), c.version()).orElseThrow();
        audit.change("REPORT_DELIVERED", "SURVEY_CASE", String.valueOf(c.caseId()), describe(c), describe(after));
        return after;
    }

    /** A change to what the report rests on: the current version's approval is withdrawn, or a delivered one gets a successor. */
    @Transactional
    void changed(long caseId, String what) {
        Optional<ReportVersion> current = store.currentForUpdate(caseId);
        if (current.isEmpty()) {
            return;
        }
        ReportVersion c = current.get();
        String by = guard.currentIfAny().map(Actor::username).orElse(AuditLog.SYSTEM);
        switch (ApprovalWithdrawal.after(c.state())) {
            case NOTHING -> {
            }
            case WITHDRAW -> {
                store.backToDraft(caseId, c.version());
                withdrawn(c, by, what + "が変更されたため、報告書の承認を取り消し");
            }
            case NEW_VERSION -> {
                store.insert(caseId, c.version() + 1, c.text(), c.writtenBy(), clock.instant());
                audit.change("REPORT_VERSION_OPENED", "SURVEY_CASE", String.valueOf(caseId), describe(c),
                        describe(store.find(caseId, c.version() + 1).orElseThrow()));
            }
        }
    }

    private void withdrawn(ReportVersion c, String by, String reason) {
        access.withdrawReport(c.caseId(), by, reason);
        audit.change("REPORT_APPROVAL_WITHDRAWN", "SURVEY_CASE", String.valueOf(c.caseId()), describe(c), Map.of("reason", reason));
    }

    /** The caller's view of the report, audited; the ministry and the auditor see figures only (403). */
    @Transactional
    public View read(long caseId) {
        access.readConfidential(caseId, "SURVEY_REPORT_READ");
        return view(caseId);
    }

    @Transactional
    public List<ReportVersion> versions(long caseId) {
        access.readConfidential(caseId, "SURVEY_REPORT_VERSIONS_READ");
        return visible(caseId, reader(caseId));
    }

    /**
     * The PDF: the contractor's is the current version rendered now; the hospital's and the prefecture's the delivered
     * one as stored ({@code version} to pick an older delivered one). 404 before delivery.
     */
    @Transactional
    public Download pdf(long caseId, Integer version) {
        return download(caseId, version, "pdf");
    }

    @Transactional
    public Download xlsx(long caseId, Integer version) {
        return download(caseId, version, "xlsx");
    }

    private Download download(long caseId, Integer version, String kind) {
        access.readConfidential(caseId, "SURVEY_REPORT_DOWNLOADED");
        Reader reader = reader(caseId);
        if (reader == Reader.CONTRACTOR && version == null) {
            ReportVersion c = store.current(caseId).orElse(new ReportVersion(caseId, 1, ReportText.empty(), VersionState.DRAFT,
                    null, null, null, null, null, null, null, null, null));
            byte[] bytes = c.state() == VersionState.DELIVERED
                    ? access.reportFile(caseId, kind.equals("pdf") ? c.documentId() : c.xlsxDocumentId())
                    : kind.equals("pdf") ? renderer.pdf(caseId, c.text(), c.stamp()) : renderer.xlsx(caseId, c.text(), c.stamp());
            return new Download(bytes, c, fileName(caseId, c.version(), kind));
        }
        List<ReportVersion> delivered = visible(caseId, Reader.HOSPITAL);
        ReportVersion v = (version == null ? delivered.stream().reduce((a, b) -> b)
                : delivered.stream().filter(d -> d.version() == version).findFirst())
                .orElseThrow(() -> new NotFoundException(version == null
                        ? "報告書はまだ納品されていません。納品されると、ここからダウンロードできます。"
                        : "報告書の第" + version + "版は納品されていません。"));
        byte[] bytes = access.reportFile(caseId, kind.equals("pdf") ? v.documentId() : v.xlsxDocumentId());
        audit.event("SURVEY_REPORT_DOWNLOADED", "SURVEY_DOCUMENT", String.valueOf(kind.equals("pdf") ? v.documentId() : v.xlsxDocumentId()),
                "案件 " + caseId + " の報告書 第" + v.version() + "版（納品 " + v.deliveredOn() + "）の" + kind);
        return new Download(bytes, v, fileName(caseId, v.version(), kind));
    }

    private View view(long caseId) {
        Reader reader = reader(caseId);
        CaseProgress p = access.progress(caseId);
        List<ReportVersion> versions = visible(caseId, reader);
        ReportVersion shown = reader == Reader.CONTRACTOR ? store.current(caseId).orElse(null)
                : versions.stream().reduce((a, b) -> b).orElse(null);
        String me = guard.current().username();
        boolean lead = reader == Reader.CONTRACTOR && me.equals(p.leadUsername());
        boolean open = !p.withdrawn() && access.memorandumSigned(caseId);
        boolean approvable = reader == Reader.CONTRACTOR && open && shown != null && shown.state() == VersionState.DRAFT;
        boolean redeliver = reader == Reader.CONTRACTOR && open && shown != null && shown.state() == VersionState.APPROVED
                && p.deliveryDoneOn() != null;
        return new View(p, reader, shown, versions, lead && open, approvable, lead, redeliver);
    }

    private List<ReportVersion> visible(long caseId, Reader reader) {
        List<ReportVersion> all = store.all(caseId);
        return reader == Reader.CONTRACTOR ? all : all.stream().filter(v -> v.state() == VersionState.DELIVERED).toList();
    }

    private Reader reader(long caseId) {
        if (access.callerIsAssignedContractor(caseId)) {
            return Reader.CONTRACTOR;
        }
        if (access.callerIsHospital(caseId)) {
            return Reader.HOSPITAL;
        }
        return Reader.PREFECTURE; // readConfidential let nobody else through
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
    }

    static String fileName(long caseId, int version, String kind) {
        return "調査報告書_案件" + caseId + "_第" + version + "版." + kind;
    }

    private static <T> T refused(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ReportRefusal r) {
            throw switch (r.kind()) {
                case CONFLICT -> new ConflictException(r.code(), r.getMessage());
                case INVALID -> new ValidationException(Problem.field(r.field(), r.code(), r.getMessage()));
            };
        }
    }

    private static void refused(Runnable rule) {
        refused(() -> {
            rule.run();
            return null;
        });
    }

    static Map<String, Object> describe(ReportVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("summaryLength", v.text().summary() == null ? 0 : v.text().summary().length());
        m.put("priorities", v.text().priorities().size());
        m.put("approvedBy", v.approvedBy());
        m.put("approvedAt", v.approvedAt() == null ? null : v.approvedAt().toString());
        m.put("deliveredOn", v.deliveredOn() == null ? null : v.deliveredOn().toString());
        m.put("documentId", v.documentId() == null ? null : v.documentId().toString());
        m.put("sha256", v.sha256());
        return m;
    }
}
