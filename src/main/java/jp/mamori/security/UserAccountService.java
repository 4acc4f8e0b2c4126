package jp.mamori.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.domain.PasswordPolicy;
import jp.mamori.security.domain.Totp;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: the ministry creates and edits them; everyone manages their own password and second factor. */
@Service
public class UserAccountService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final HospitalDirectory hospitals;
    private final AuditLog audit;
    private final TokenService tokens;
    private final AccessGuard guard;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAccountService(UserRepository users, PasswordEncoder encoder, HospitalDirectory hospitals, AuditLog audit,
                       TokenService tokens, AccessGuard guard, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.hospitals = hospitals;
        this.audit = audit;
        this.tokens = tokens;
        this.guard = guard;
        this.clock = clock;
    }

    public List<UserAccount> list() {
        guard.requireRole(Role.MHLW_ADMIN);
        return users.findAll();
    }

    public UserAccount get(long id) {
        guard.requireRole(Role.MHLW_ADMIN);
        return users.findById(id).orElseThrow(() -> new NotFoundException("ユーザーが見つかりません。"));
    }

    @Transactional
    public UserAccount create(NewUser user) {
        guard.requireRole(Role.MHLW_ADMIN);
        return createUnchecked(user);
    }

    /** For start-up and demo data, where nobody is logged in yet. */
    @Transactional
    public UserAccount createUnchecked(NewUser user) {
        List<Problem> problems = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().trim();
        if (!username.matches("[A-Za-z0-9._@-]{3,64}")) {
            problems.add(Problem.field("username", "INVALID_VALUE",
                    "ユーザー名は半角英数字と . _ @ - の3〜64文字で入力してください。"));
        }
        PasswordPolicy.problems(username, user.password())
                .forEach(m -> problems.add(Problem.field("password", "WEAK_PASSWORD", m)));
        problems.addAll(scopeProblems(user.role(), user.prefecture(), user.hospital()));
        if (!problems.isEmpty()) {
            throw new ValidationException("アカウントを作成できません。各項目を確認してください。", problems);
        }
        long id;
        try {
            id = users.insert(new NewUser(username, null, user.role(), user.prefecture(), user.hospital(),
                    blankToNull(user.organization()), blankToNull(user.displayName()), blankToNull(user.email())),
                    encoder.encode(user.password()));
        } catch (DuplicateKeyException e) {
            throw new ValidationException(Problem.field("username", "DUPLICATE_USERNAME",
                    "ユーザー名「" + username + "」は既に使われています。別のユーザー名にしてください。"));
        }
        UserAccount created = users.findById(id).orElseThrow();
        audit.change("USER_CREATED", "USER", username, null, describe(created));
        return created;
    }

    @Transactional
    public UserAccount update(long id, int version, UserChange change) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount before = users.findById(id).orElseThrow(() -> new NotFoundException("ユーザーが見つかりません。"));
        List<Problem> problems = scopeProblems(change.role(), change.prefecture(), change.hospital());
        if (before.id() == guard.current().userId() && (change.role() != Role.MHLW_ADMIN || !change.enabled())) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.field("role", "SELF_LOCKOUT", "自分自身の管理者権限を外したり無効にしたりすることはできません。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("アカウントを更新できません。各項目を確認してください。", problems);
        }
        if (!users.update(id, version, new UserChange(change.role(), change.prefecture(), change.hospital(),
                blankToNull(change.organization()), blankToNull(change.displayName()), blankToNull(change.email()), change.enabled()))) {
            throw new ConflictException("CONCURRENT_UPDATE",
                    "他の人が先にこのアカウントを更新しました。画面を開き直して、最新の内容で再度操作してください。");
        }
        if (!change.enabled() || change.role() != before.role()) {
            tokens.revokeAll(id);
        }
        UserAccount after = users.findById(id).orElseThrow();
        audit.change("USER_UPDATED", "USER", before.username(), describe(before), describe(after));
        return after;
    }

    @Transactional
    public void unlock(long id) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount user = get(id);
        users.unlock(id);
        audit.change("USER_UNLOCKED", "USER", user.username(), Map.of("lockedUntil", String.valueOf(user.lockedUntil())), null);
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount user = get(id);
        setPassword(user, newPassword);
        audit.event("PASSWORD_RESET", "USER", user.username(), "管理者によるパスワード再設定");
    }

    /** The current user changes their own password, proving the old one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = self();
        String hash = users.passwordHash(me.id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new ValidationException(Problem.field("currentPassword", "WRONG_PASSWORD", "現在のパスワードが正しくありません。"));
        }
        setPassword(me, newPassword);
        audit.event("PASSWORD_CHANGED", "USER", me.username(), "本人によるパスワード変更");
    }

    /** Starts enrolment: a new secret, not yet active until a code from the app proves it was stored. */
    @Transactional
    public String beginTotpEnrolment() {
        UserAccount me = self();
        String secret = Totp.newSecret(random);
        users.setTotp(me.id(), secret, false);
        return secret;
    }

    @Transactional
    public void confirmTotp(String code) {
        UserAccount me = self();
        String secret = users.totpSecret(me.id()).orElse(null);
        if (secret == null || !Totp.verify(secret, code, clock.instant())) {
            throw new ValidationException(Problem.field("code", "INVALID_OTP",
                    "確認コードが正しくありません。認証アプリに表示されている6桁の数字を入力してください。"));
        }
        users.setTotp(me.id(), secret, true);
        audit.event("TOTP_ENABLED", "USER", me.username(), "2段階認証を有効化");
    }

    @Transactional
    public void disableTotp(long id) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount user = get(id);
        users.setTotp(id, null, false);
        audit.event("TOTP_DISABLED", "USER", user.username(), "管理者による2段階認証の解除");
    }

    public UserAccount self() {
        return users.findById(guard.current().userId()).orElseThrow(() -> new NotFoundException("ユーザーが見つかりません。"));
    }

    /** E-mail addresses of a prefecture's enabled accounts: where the system's messages to the prefecture go. */
    public List<String> prefectureEmails(jp.mamori.shared.PrefectureCode prefecture) {
        return users.findAll().stream()
                .filter(u -> u.role() == Role.PREFECTURE && prefecture.equals(u.prefecture()) && u.enabled())
                .map(UserAccount::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    public long count() {
        return users.count();
    }

    private void setPassword(UserAccount user, String newPassword) {
        List<String> problems = PasswordPolicy.problems(user.username(), newPassword);
        if (!problems.isEmpty()) {
            throw new ValidationException("パスワードを変更できません。",
                    problems.stream().map(m -> Problem.field("password", "WEAK_PASSWORD", m)).toList());
        }
        users.setPassword(user.id(), encoder.encode(newPassword));
        tokens.revokeAll(user.id());
    }

    private List<Problem> scopeProblems(Role role, jp.mamori.shared.PrefectureCode pref, jp.mamori.shared.HospitalCode hosp) {
        List<Problem> problems = new ArrayList<>();
        if (role == null) {
            problems.add(Problem.field("role", "MISSING_VALUE", "役割を選んでください。"));
            return problems;
        }
        if (role == Role.PREFECTURE && pref == null) {
            problems.add(Problem.field("prefectureCode", "MISSING_VALUE", "都道府県の役割には都道府県コード（01〜47）が必要です。"));
        }
        if (role == Role.HOSPITAL) {
            if (hosp == null) {
                problems.add(Problem.field("hospitalCode", "MISSING_VALUE", "病院の役割には医療機関コード（10桁）が必要です。"));
            } else if (!hospitals.exists(hosp)) {
                problems.add(Problem.field("hospitalCode", "UNKNOWN_HOSPITAL",
                        "医療機関コード " + hosp + " の病院が登録されていません。病院台帳を確認してください。"));
            }
        }
        if (role != Role.PREFECTURE && role != Role.HOSPITAL && (pref != null || hosp != null)) {
            problems.add(Problem.field("role", "INVALID_VALUE", "この役割には都道府県・医療機関を指定できません。"));
        }
        if (role == Role.PREFECTURE && hosp != null) {
            problems.add(Problem.field("hospitalCode", "INVALID_VALUE", "都道府県の役割には医療機関コードを指定できません。"));
        }
        if (role == Role.HOSPITAL && pref != null && hosp != null && !hosp.prefecture().equals(pref)) {
            problems.add(Problem.field("prefectureCode", "INVALID_VALUE", "医療機関コードの先頭2桁と都道府県コードが一致しません。"));
        }
        return problems;
    }

    private static Map<String, Object> describe(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("role", u.role());
        m.put("prefectureCode", u.prefecture() == null ? null : u.prefecture().value());
        m.put("hospitalCode", u.hospital() == null ? null : u.hospital().value());
        m.put("organization", u.organization());
        m.put("displayName", u.displayName());
        m.put("email", u.email());
        m.put("enabled", u.enabled());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
