package jp.mamori.survey;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.audit.AuditLog;
import jp.mamori.program.ProgramService;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentVault;
import jp.mamori.survey.document.InfectedFileException;
import jp.mamori.survey.document.OpenedDocument;
import jp.mamori.survey.document.StoredDocument;
import jp.mamori.survey.domain.CaseAccessPolicy;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents as the API sees them: who may upload, read, download and delete (CaseAccessPolicy), the
 * memorandum first, every download and delete audited. The bytes themselves are the vault's.
 */
@Service
public class CaseDocuments {

    private final CaseRepository cases;
    private final CaseService caseService;
    private final CaseLedger ledger;
    private final CasePresurvey presurvey;
    private final DocumentVault vault;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ProgramService programs;

    CaseDocuments(CaseRepository cases, CaseService caseService, CaseLedger ledger, CasePresurvey presurvey, DocumentVault vault,
                  AccessGuard guard, AuditLog audit, ProgramService programs) {
        this.cases = cases;
        this.caseService = caseService;
        this.ledger = ledger;
        this.presurvey = presurvey;
        this.vault = vault;
        this.guard = guard;
        this.audit = audit;
        this.programs = programs;
    }

    /** An upload as the current actor from outside the module (the demo); the kind by its API name. Returns its id. */
    public UUID upload(long caseId, String kind, String fileName, byte[] content) {
        return upload(caseId, DocumentKind.valueOf(kind), fileName, new java.io.ByteArrayInputStream(content), content.length).id();
    }

    // no transaction: the vault's scan must not hold a connection; PRESURVEY completes in its own afterwards
    StoredDocument upload(long caseId, DocumentKind kind, String fileName, InputStream content, long size) {
        Actor actor = guard.current();
        SurveyCase c = find(caseId);
        Viewer viewer = CaseService.viewer(actor);
        CaseScope scope = caseService.scope(c);
        if (!CaseAccessPolicy.canWriteAsHospital(viewer, scope) && !CaseAccessPolicy.canWriteSurvey(viewer, scope)) {
            throw new AccessDeniedException("case " + caseId);
        }
        if (kind == DocumentKind.REPORT) {
            throw new ValidationException(Problem.field("kind", "INVALID_VALUE",
                    "報告書（REPORT）はシステムが作成します。アップロードできるのは NETWORK_DIAGRAM, SYSTEM_DIAGRAM, MEMORANDUM, VENDOR_CHECKLIST, OTHER です。"));
        }
        if (c.withdrawn()) {
            throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。文書はアップロードできません。");
        }
        requireMemorandum(c, kind);
        StoredDocument d;
        try {
            d = vault.store(c.programId(), caseId, kind, fileName, content, size, actor.username());
        } catch (InfectedFileException e) {
            audit.change("SURVEY_DOCUMENT_INFECTED", "SURVEY_CASE", String.valueOf(caseId), null,
                    Map.of("signature", e.signature(), "fileName", String.valueOf(fileName), "kind", kind.name()));
            throw e;
        }
        audit.change("SURVEY_DOCUMENT_UPLOADED", "SURVEY_DOCUMENT", d.id().toString(), null, describe(d));
        ledger.history(caseId, actor.username(), "DOCUMENT_UPLOADED", d.fileName(), null, describe(d));
        presurvey.completeIfReady(caseId, vault.list(caseId), actor.username());
        return d;
    }

    /** Confidential readers see every document; the ministry, a party to it, the memorandum only. */
    List<StoredDocument> list(long caseId) {
        SurveyCase c = find(caseId);
        Viewer viewer = CaseService.viewer(guard.current());
        CaseScope scope = caseService.scope(c);
        boolean all = CaseAccessPolicy.canReadConfidential(viewer, scope);
        if (!all && !CaseAccessPolicy.canReadMemorandum(viewer, scope)) {
            throw new AccessDeniedException("case " + caseId);
        }
        // even the list of what a hospital handed in is confidential: on the record like a download
        audit.event("SURVEY_DOCUMENTS_LISTED", "SURVEY_CASE", String.valueOf(caseId), null);
        List<StoredDocument> documents = vault.list(caseId);
        return all ? documents : documents.stream().filter(d -> d.kind() == DocumentKind.MEMORANDUM).toList();
    }

    @Transactional
    OpenedDocument download(long caseId, UUID documentId) {
        SurveyCase c = find(caseId);
        StoredDocument d = document(caseId, documentId);
        Viewer viewer = CaseService.viewer(guard.current());
        CaseScope scope = caseService.scope(c);
        boolean may = CaseAccessPolicy.canReadConfidential(viewer, scope)
                || d.kind() == DocumentKind.MEMORANDUM && CaseAccessPolicy.canReadMemorandum(viewer, scope);
        if (!may) {
            throw new AccessDeniedException("document " + documentId);
        }
        OpenedDocument opened = vault.open(documentId);
        audit.event("SURVEY_DOCUMENT_DOWNLOADED", "SURVEY_DOCUMENT", documentId.toString(),
                "案件 " + caseId + " の文書「" + d.fileName() + "」（" + d.kind() + "）をダウンロード");
        return opened;
    }

    /** Its uploader or the assigned contractor, while the step the document belongs to is not done. */
    @Transactional
    void delete(long caseId, UUID documentId) {
        Actor actor = guard.current();
        SurveyCase c = find(caseId);
        StoredDocument d = document(caseId, documentId);
        Viewer viewer = CaseService.viewer(actor);
        CaseScope scope = caseService.scope(c);
        boolean uploader = d.uploadedBy().equals(actor.username()) && CaseAccessPolicy.canWriteAsHospital(viewer, scope);
        if (!uploader && !CaseAccessPolicy.canWriteSurvey(viewer, scope)) {
            throw new AccessDeniedException("document " + documentId);
        }
        CaseStep step = stepOf(d.kind());
        boolean diagram = step == CaseStep.PRESURVEY;
        if (diagram && c.steps().isDone(CaseStep.HEARING)) {
            throw new ConflictException("STEP_ORDER", "ヒアリングが完了しているため、構成図・システム図（" + d.fileName()
                    + "）は削除できません。差し替えが必要な場合は、新しい図を追加してください。");
        }
        if (!diagram && c.steps().isDone(step)) {
            throw new ConflictException("STEP_DONE", "「" + (step == CaseStep.MEMORANDUM ? "覚書" : "報告書の納品")
                    + "」が完了しているため、この文書（" + d.fileName() + "）は削除できません。差し替えが必要な場合は、新しい文書を追加してください。");
        }
        if (diagram) {
            List<StoredDocument> remaining = vault.list(caseId).stream().filter(x -> !x.id().equals(documentId)).toList();
            presurvey.clearIfBroken(c, remaining, actor.username());
        }
        vault.delete(documentId);
        audit.change("SURVEY_DOCUMENT_DELETED", "SURVEY_DOCUMENT", documentId.toString(), describe(d), null);
        ledger.history(caseId, actor.username(), "DOCUMENT_DELETED", d.fileName(), describe(d), null);
    }

    /** Crypto-shreds every document of a program (MHLW_ADMIN), confirmed by typing the program's id. */
    @Transactional
    int destroyProgram(String programId, String confirm) {
        guard.requireRole(Role.MHLW_ADMIN);
        programs.find(programId).orElseThrow(() -> new NotFoundException("事業「" + programId + "」が見つかりません。"));
        if (!programId.equals(confirm == null ? null : confirm.trim())) {
            throw new ValidationException(Problem.field("confirm", "INVALID_VALUE",
                    "文書の破棄は取り消せません。確認のため confirm に事業ID「" + programId + "」をそのまま入力してください。"));
        }
        int destroyed = vault.destroyProgram(programId);
        audit.change("SURVEY_DOCUMENTS_DESTROYED", "PROGRAM", programId, null, Map.of("destroyed", destroyed));
        return destroyed;
    }

    /** Before the memorandum is signed, only the memorandum itself may be handed in. */
    static void requireMemorandum(SurveyCase c, DocumentKind kind) {
        if (kind != DocumentKind.MEMORANDUM && !c.steps().isDone(CaseStep.MEMORANDUM)) {
            throw memorandumPending();
        }
    }

    static ConflictException memorandumPending() {
        return new ConflictException("MEMORANDUM_PENDING",
                "覚書の締結（「覚書」の手順）が済むまで、覚書以外の資料は受け付けられません。先に署名済みの覚書をアップロードし、覚書の完了日を登録してください。");
    }

    private static CaseStep stepOf(DocumentKind kind) {
        return switch (kind) {
            case MEMORANDUM -> CaseStep.MEMORANDUM;
            case NETWORK_DIAGRAM, SYSTEM_DIAGRAM -> CaseStep.PRESURVEY;
            default -> CaseStep.DELIVERY;
        };
    }

    private StoredDocument document(long caseId, UUID documentId) {
        return vault.find(documentId).filter(d -> d.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("案件 " + caseId + " に文書 " + documentId + " はありません。"));
    }

    private SurveyCase find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("案件 " + id + " が見つかりません。"));
    }

    static Map<String, Object> describe(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id().toString());
        m.put("kind", d.kind().name());
        m.put("fileName", d.fileName());
        m.put("contentType", d.contentType());
        m.put("size", d.size());
        m.put("sha256", d.sha256());
        m.put("uploadedAt", d.uploadedAt().toString());
        m.put("uploadedBy", d.uploadedBy());
        return m;
    }
}
