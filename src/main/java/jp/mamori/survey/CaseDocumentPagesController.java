package jp.mamori.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.OpenedDocument;
import jp.mamori.survey.document.ScannerUnavailableException;
import jp.mamori.survey.document.StoredDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents part of the case page: upload, download, delete through CaseDocuments, exactly as the API does.
 * A refused file (type, size, virus, no scanner, memorandum first, step done) comes back as its Japanese message
 * on the case page; nothing is stored then.
 */
@Controller
class CaseDocumentPagesController {

    private final CaseDocuments documents;

    CaseDocumentPagesController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/survey/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "kind", required = false) String kind, RedirectAttributes flash) {
        try {
            DocumentKind k = kind(kind);
            if (file == null || file.isEmpty()) {
                throw new ValidationException(Problem.field("file", "MISSING_VALUE", "アップロードするファイルを選んでください。"));
            }
            StoredDocument d = documents.upload(id, k, file.getOriginalFilename(), file.getInputStream(), file.getSize());
            flash.addFlashAttribute("uploaded", d.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.field("file", e.code(), e.getMessage())));
        } catch (PayloadTooLargeException e) {
            flash.addFlashAttribute("problems", List.of(Problem.field("file", "FILE_TOO_LARGE", e.getMessage())));
        } catch (ScannerUnavailableException e) {
            flash.addFlashAttribute("problems", List.of(Problem.field("file", e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "#documents";
    }

    @GetMapping("/survey/cases/{id}/documents/{docId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String docId) {
        OpenedDocument opened = documents.download(id, uuid(docId));
        StoredDocument d = opened.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(opened.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DocumentApiController.contentDisposition(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(opened.content());
    }

    @PostMapping("/survey/cases/{id}/documents/{docId}/delete")
    String delete(@PathVariable long id, @PathVariable String docId, RedirectAttributes flash) {
        try {
            documents.delete(id, uuid(docId));
            flash.addFlashAttribute("documentDeleted", true);
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "#documents";
    }

    private static DocumentKind kind(String kind) {
        try {
            DocumentKind k = kind == null || kind.isBlank() ? null : DocumentKind.valueOf(kind.trim());
            if (k != null && CasePageParts.UPLOADABLE.contains(k)) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException(Problem.field("kind", "INVALID_VALUE", "文書の種類を選んでください。"));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("文書 " + id + " はありません。");
        }
    }
}
