package jp.mamori.audit;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditApiController {

    private final AuditService service;

    AuditApiController(AuditService service) {
        this.service = service;
    }

    record AuditResponse(long total, int page, int size, List<AuditEntry> events) {
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Search the audit trail (MHLW_ADMIN, AUDITOR)")
    AuditResponse search(@RequestParam(required = false) String actor,
                         @RequestParam(required = false) String action,
                         @RequestParam(required = false) String entityType,
                         @RequestParam(required = false) String entityId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String text,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "100") int size) {
        AuditQuery q = new AuditQuery(actor, action, entityType, entityId, from, to, text, page, size);
        AuditRepository.Page result = service.search(q);
        return new AuditResponse(result.total(), q.page(), q.size(), result.entries());
    }
}
