package jp.mamori.survey;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Survey cases")
class InvitationApiController {

    private final Invitations invitations;

    InvitationApiController(Invitations invitations) {
        this.invitations = invitations;
    }

    record InvitationRequest(String email) {
    }

    @PostMapping("/cases/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite one of the case's contacts to create a HOSPITAL account (assigned contractor, MHLW_ADMIN)")
    Map<String, Object> invite(@PathVariable long id, @RequestBody InvitationRequest r) {
        if (r == null || r.email() == null || r.email().isBlank()) {
            throw new ValidationException(Problem.field("email", "MISSING_VALUE", "案内を送る担当者のメールアドレス（email）を指定してください。"));
        }
        return Map.of("id", invitations.invite(id, r.email()), "email", r.email().strip());
    }

    record BulkRequest(String prefectureCode) {
    }

    @PostMapping("/programs/{pid}/cases/invitations")
    @Operation(summary = "Invite the first contact of every case whose hospital has no account and no usable link yet (MHLW_ADMIN)")
    Map<String, Object> inviteAll(@PathVariable String pid, @RequestBody(required = false) BulkRequest r) {
        String code = r == null || r.prefectureCode() == null || r.prefectureCode().isBlank() ? null : r.prefectureCode().trim();
        if (code != null && !PrefectureCode.isValid(code)) {
            throw new ValidationException(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47の2桁で入力してください。"));
        }
        Invitations.BulkResult done = invitations.inviteAll(pid, code == null ? null : new PrefectureCode(code));
        return Map.of("invited", done.invited(), "skipped", done.skipped(), "skippedPending", done.skippedPending(),
                "skippedWithAccount", done.skippedWithAccount(), "skippedNoEmail", done.skippedNoEmail());
    }
}
