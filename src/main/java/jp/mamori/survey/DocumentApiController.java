package jp.mamori.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.infrastructure.ApiExceptionHandler;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentRefusedException;
import jp.mamori.survey.document.OpenedDocument;
import jp.mamori.survey.document.ScannerUnavailableException;
import jp.mamori.survey.document.StoredDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** api-survey.md, Documents. Refusals of the file itself keep their own code (FILE_TYPE_NOT_ALLOWED, FILE_INFECTED). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Survey documents")
class DocumentApiController {

    private final CaseDocuments documents;

    DocumentApiController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document (the hospital, the assigned contractor); only the memorandum before MEMORANDUM is done")
    Map<String, Object> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
                               @RequestParam(name = "kind", required = false) String kind) {
        DocumentKind k = kind(kind);
        try {
            return CaseDocuments.describe(documents.upload(id, k, file.getOriginalFilename(), file.getInputStream(), file.getSize()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/cases/{id}/documents")
    @Operation(summary = "A case's documents (confidential readers; the ministry the memorandum only)")
    Map<String, Object> list(@PathVariable long id) {
        List<Map<String, Object>> out = documents.list(id).stream().map(CaseDocuments::describe).toList();
        return Map.of("documents", out);
    }

    @GetMapping("/cases/{id}/documents/{docId}")
    @Operation(summary = "A document's bytes as uploaded (audited)")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String docId) {
        OpenedDocument opened = documents.download(id, uuid(docId));
        StoredDocument d = opened.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(opened.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(opened.content());
    }

    @DeleteMapping("/cases/{id}/documents/{docId}")
    @Operation(summary = "Delete a document (its uploader or the assigned contractor, while its step is not done)")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String docId) {
        documents.delete(id, uuid(docId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/programs/{pid}/documents")
    @Operation(summary = "Destroy every document of a program by deleting its key (MHLW_ADMIN), confirmed with the program id")
    Map<String, Object> destroy(@PathVariable String pid, @RequestBody(required = false) JsonNode body) {
        String confirm = body == null || !body.hasNonNull("confirm") ? null : body.get("confirm").asText();
        return Map.of("destroyed", documents.destroyProgram(pid, confirm));
    }

    @ExceptionHandler(DocumentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
        return ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, e.code(), "ファイルを受け付けられません",
                e.problems().get(0).message(), e.problems());
    }

    @ExceptionHandler(ScannerUnavailableException.class)
    ResponseEntity<ProblemDetail> scannerDown(ScannerUnavailableException e) {
        return ApiExceptionHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, e.code(), "ウイルス検査を実行できません", e.getMessage(),
                List.of(Problem.of(e.code(), e.getMessage())));
    }

    /** RFC 6266 / 5987: an ASCII fallback and the name as uploaded, percent-encoded, so no name can break the header. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp < 128 && (Character.isLetterOrDigit(cp) || ".-_ ".indexOf(cp) >= 0)
                ? (char) cp : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static DocumentKind kind(String kind) {
        try {
            DocumentKind k = kind == null ? null : DocumentKind.valueOf(kind.trim());
            if (k != null) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException(Problem.field("kind", "INVALID_VALUE",
                "kind（文書の種類）は NETWORK_DIAGRAM, SYSTEM_DIAGRAM, MEMORANDUM, VENDOR_CHECKLIST, OTHER のいずれかを指定してください。"));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("文書 " + id + " はありません。");
        }
    }
}
