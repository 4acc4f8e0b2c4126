package jp.mamori.security;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Accounts")
class UserApiController {

    private final UserAccountService accounts;
    private final java.time.Clock clock;

    UserApiController(UserAccountService accounts, java.time.Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    record CreateUserRequest(String username, String password, String role, String prefectureCode, String hospitalCode,
                             String organization, String displayName, String email, String organizationId, Boolean manager) {
    }

    record UserView(long id, String username, String role, String prefectureCode, String hospitalCode, String organization,
                    String organizationId, boolean manager, String displayName, String email, boolean enabled, boolean locked, boolean totpEnabled,
                    Instant lastLoginAt, Instant createdAt) {
        static UserView of(UserAccount u, Instant now) {
            return new UserView(u.id(), u.username(), u.role().name(),
                    u.prefecture() == null ? null : u.prefecture().value(),
                    u.hospital() == null ? null : u.hospital().value(), u.organization(), u.organizationId(), u.manager(), u.displayName(), u.email(),
                    u.enabled(), u.lockedAt(now), u.totpEnabled(),
                    u.lastLoginAt(), u.createdAt());
        }
    }

    record UserList(List<UserView> users) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (MHLW_ADMIN)")
    UserView create(@RequestBody CreateUserRequest r) {
        Role role = parseRole(r.role());
        PrefectureCode pref = null;
        HospitalCode hosp = null;
        if (r.prefectureCode() != null && !r.prefectureCode().isBlank()) {
            if (!PrefectureCode.isValid(r.prefectureCode().trim())) {
                throw new ValidationException(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47の2桁で入力してください。"));
            }
            pref = new PrefectureCode(r.prefectureCode().trim());
        }
        if (r.hospitalCode() != null && !r.hospitalCode().isBlank()) {
            hosp = HospitalCode.tryParse(r.hospitalCode()).orElseThrow(() -> new ValidationException(
                    Problem.field("hospitalCode", "INVALID_VALUE", "医療機関コードは10桁の数字で入力してください。")));
        }
        return UserView.of(accounts.create(new NewUser(r.username(), r.password(), role, pref, hosp, r.organization(),
                r.displayName(), r.email(), r.organizationId(), Boolean.TRUE.equals(r.manager()))), clock.instant());
    }

    @GetMapping
    @Operation(summary = "List accounts (MHLW_ADMIN)")
    UserList list() {
        return new UserList(accounts.list().stream().map(u -> UserView.of(u, clock.instant())).toList());
    }

    private static final java.util.Set<String> EDITABLE = java.util.Set.of(
            "role", "prefectureCode", "hospitalCode", "organizationId", "manager", "enabled", "password");

    @PutMapping("/{username}")
    @Operation(summary = "Change an account's role, scope, enabled flag or password (MHLW_ADMIN); ends its sessions and tokens")
    UserView edit(@PathVariable String username, @RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ValidationException(Problem.of("INVALID_VALUE", "JSONのオブジェクトを送ってください。"));
        }
        List<Problem> problems = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!EDITABLE.contains(f)) {
                problems.add(Problem.field(f, "UNKNOWN_FIELD", "「" + f + "」は変更できない項目です。変更できるのは "
                        + String.join(", ", new java.util.TreeSet<>(EDITABLE)) + " です。"));
            }
        });
        Boolean manager = null;
        JsonNode m = body.get("manager");
        if (m != null && !m.isNull()) {
            if (m.isBoolean()) {
                manager = m.asBoolean();
            } else {
                problems.add(Problem.field("manager", "INVALID_VALUE", "manager は true か false で指定してください。"));
            }
        }
        Role role = null;
        if (body.hasNonNull("role")) {
            try {
                role = parseRole(body.get("role").asText());
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        PrefectureCode pref = null;
        String p = text(body, "prefectureCode");
        if (p != null) {
            if (PrefectureCode.isValid(p)) {
                pref = new PrefectureCode(p);
            } else {
                problems.add(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47の2桁で入力してください。"));
            }
        }
        HospitalCode hosp = null;
        String h = text(body, "hospitalCode");
        if (h != null) {
            hosp = HospitalCode.tryParse(h).orElse(null);
            if (hosp == null) {
                problems.add(Problem.field("hospitalCode", "INVALID_VALUE", "医療機関コードは10桁の数字で入力してください。"));
            }
        }
        Boolean enabled = null;
        if (body.hasNonNull("enabled")) {
            if (body.get("enabled").isBoolean()) {
                enabled = body.get("enabled").asBoolean();
            } else {
                problems.add(Problem.field("enabled", "INVALID_VALUE", "enabled は true か false で指定してください。"));
            }
        }
        String password = null;
        if (body.hasNonNull("password")) {
            if (body.get("password").isTextual()) {
                password = body.get("password").asText();
            } else {
                problems.add(Problem.field("password", "INVALID_VALUE", "password は文字列で指定してください。"));
            }
        }
        return UserView.of(accounts.edit(username, new UserAccountService.AccountEdit(role, body.has("prefectureCode"), pref,
                body.has("hospitalCode"), hosp, enabled, password, body.has("organizationId"), text(body, "organizationId"), manager,
                problems)), clock.instant());
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("role", "INVALID_VALUE",
                    "役割は MHLW_ADMIN, PREFECTURE, HOSPITAL, CONTRACTOR, AUDITOR のいずれかです。"));
        }
    }
}
