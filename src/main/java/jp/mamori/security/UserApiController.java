package jp.mamori.security;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
                             String organization, String displayName, String email) {
    }

    record UserView(long id, String username, String role, String prefectureCode, String hospitalCode, String organization,
                    String displayName, String email, boolean enabled, boolean locked, boolean totpEnabled,
                    Instant lastLoginAt, Instant createdAt) {
        static UserView of(UserAccount u, Instant now) {
            return new UserView(u.id(), u.username(), u.role().name(),
                    u.prefecture() == null ? null : u.prefecture().value(),
                    u.hospital() == null ? null : u.hospital().value(), u.organization(), u.displayName(), u.email(),
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
                r.displayName(), r.email())), clock.instant());
    }

    @GetMapping
    @Operation(summary = "List accounts (MHLW_ADMIN)")
    UserList list() {
        return new UserList(accounts.list().stream().map(u -> UserView.of(u, clock.instant())).toList());
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
