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
    private final AccountSessions sessions;
    private final Authenticator authenticator;
    private final LoginThrottle throttle;
    private final Organizations organizations;
    private final SecureRandom random = new SecureRandom();

    UserAccountService(UserRepository users, PasswordEncoder encoder, HospitalDirectory hospitals, AuditLog audit,
                       TokenService tokens, AccessGuard guard, Clock clock, AccountSessions sessions,
                       Authenticator authenticator, LoginThrottle throttle,
                       Organizations organizations) {
        this.organizations = organizations;
        this.users = users;
        this.encoder = encoder;
        this.hospitals = hospitals;
        this.audit = audit;
        this.tokens = tokens;
        this.guard = guard;
        this.clock = clock;
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.throttle = throttle;
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
        problems.addAll(textProblems(user.organization(), user.displayName(), user.email()));
        problems.addAll(organizationProblems(user.role(), blankToNull(user.organizationId()), user.manager()));
        if (!problems.isEmpty()) {
            throw new ValidationException("アカウントを作成できません。各項目を確認してください。", problems);
        }
        long id;
        try {
            id = users.insert(new NewUser(username, null, user.role(), user.prefecture(), user.hospital(),
                    blankToNull(user.organization()), blankToNull(user.displayName()), blankToNull(user.email()),
                    blankToNull(user.organizationId()), user.manager()),
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
        List<Problem> problems = new ArrayList<>(scopeProblems(change.role(), change.prefecture(), change.hospital()));
        problems.addAll(textProblems(change.organization(), change.displayName(), change.email()));
        problems.addAll(organizationProblems(change.role(), blankToNull(change.organizationId()), change.manager()));
        if (before.id() == guard.current().userId() && (change.role() != Role.MHLW_ADMIN || !change.enabled())) {
            problems.add(Problem.field("role", "SELF_LOCKOUT", "自分自身の管理者権限を外したり無効にしたりすることはできません。"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("アカウントを更新できません。各項目を確認してください。", problems);
        }
        if (!users.update(id, version, new UserChange(change.role(), change.prefecture(), change.hospital(),
                blankToNull(change.organization()), blankToNull(change.displayName()), blankToNull(change.email()), change.enabled(),
                blankToNull(change.organizationId()), change.manager()))) {
            throw new ConflictException("CONCURRENT_UPDATE",
                    "他の人が先にこのアカウントを更新しました。画面を開き直して、最新の内容で再度操作してください。");
        }
        UserAccount after = users.findById(id).orElseThrow();
        if (!after.grantsSameAs(before)) {
            sessions.endAll(after);
        }
        audit.change("USER_UPDATED", "USER", before.username(), describe(before), describe(after));
        return after;
    }

    /**
     * The API's edit ({@code PUT /api/v1/users/{username}}): only the fields given change. A new role
     * drops a prefecture or hospital it does not take unless they are given too.
     */
    @Transactional
    public UserAccount edit(String username, AccountEdit edit) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount before = users.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new NotFoundException("ユーザー「" + username + "」が見つかりません。"));
        Role role = edit.role() != null ? edit.role() : before.role();
        jp.mamori.shared.PrefectureCode pref = edit.prefectureGiven() ? edit.prefecture()
                : role == Role.PREFECTURE || role == Role.HOSPITAL ? before.prefecture() : null;
        jp.mamori.shared.HospitalCode hosp = edit.hospitalGiven() ? edit.hospital()
                : role == Role.HOSPITAL ? before.hospital() : null;
        boolean enabled = edit.enabled() != null ? edit.enabled() : before.enabled();
        String organizationId = edit.organizationGiven() ? blankToNull(edit.organizationId())
                : role == Role.CONTRACTOR ? before.organizationId() : null;
        boolean manager = edit.manager() != null ? edit.manager() : role == Role.CONTRACTOR && before.manager();
        List<Problem> problems = new ArrayList<>(edit.problems());
        problems.addAll(scopeProblems(role, pref, hosp));
        problems.addAll(organizationProblems(role, organizationId, manager));
        if (before.id() == guard.current().userId() && (role != Role.MHLW_ADMIN || !enabled)) {
            problems.add(Problem.field(role != Role.MHLW_ADMIN ? "role" : "enabled", "SELF_LOCKOUT",
                    "自分自身の管理者権限を外したり無効にしたりすることはできません。"));
        }
        if (edit.password() != null) {
            PasswordPolicy.problems(before.username(), edit.password())
                    .forEach(m -> problems.add(Problem.field("password", "WEAK_PASSWORD", m)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("アカウントを更新できません。各項目を確認してください。", problems);
        }
        if (!users.update(before.id(), before.version(), new UserChange(role, pref, hosp, before.organization(),
                before.displayName(), before.email(), enabled, organizationId, manager))) {
            throw new ConflictException("CONCURRENT_UPDATE",
                    "他の人が先にこのアカウントを更新しました。最新の内容を読み直して、再度操作してください。");
        }
        UserAccount after = users.findById(before.id()).orElseThrow();
        if (edit.password() != null) {
            users.setPassword(after.id(), encoder.encode(edit.password()));
            audit.event("PASSWORD_RESET", "USER", after.username(), "管理者によるパスワード再設定（API）");
        }
        if (edit.password() != null || !after.grantsSameAs(before)) {
            sessions.endAll(after);
        }
        audit.change("USER_UPDATED", "USER", before.username(), describe(before), describe(after));
        return users.findById(before.id()).orElseThrow();
    }

    /** The fields of an API edit; a {@code *Given} flag tells a field set to null from one left out. */
    public record AccountEdit(Role role, boolean prefectureGiven, jp.mamori.shared.PrefectureCode prefecture,
                              boolean hospitalGiven, jp.mamori.shared.HospitalCode hospital, Boolean enabled,
                              String password, boolean organizationGiven, String organizationId, Boolean manager,
                              List<Problem> problems) {
    }

    @Transactional
    public void unlock(long id) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount user = get(id);
        users.unlock(id);
        throttle.clear(user.username());
        audit.change("USER_UNLOCKED", "USER", user.username(), Map.of("lockedUntil", String.valueOf(user.lockedUntil())), null);
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        guard.requireRole(Role.MHLW_ADMIN);
        UserAccount user = get(id);
        setPassword(user, newPassword);
        sessions.endAll(user);
        audit.event("PASSWORD_RESET", "USER", user.username(), "管理者によるパスワード再設定");
    }

    /**
     * The current user changes their own password, proving the old one. A wrong one counts like a
     * failed login (so a left-open session cannot be used to guess it) and is audited; other sessions end.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = self();
        proveSecret(me, "currentPassword", "PASSWORD_CHANGE_FAILED", "現在のパスワードの誤り",
                currentPassword != null && encoder.matches(currentPassword, users.passwordHash(me.id()).orElseThrow()),
                "現在のパスワードが正しくありません。");
        setPassword(me, newPassword);
        sessions.endOthers(me);
        audit.event("PASSWORD_CHANGED", "USER", me.username(), "本人によるパスワード変更");
    }

    /** Turning off one's own second factor needs a current code from the app, like a login would. */
    @Transactional(noRollbackFor = ValidationException.class)
    public void disableOwnTotp(String code) {
        UserAccount me = self();
        if (!me.totpEnabled()) {
            return;
        }
        String secret = users.totpSecret(me.id()).orElseThrow();
        proveSecret(me, "code", "TOTP_DISABLE_FAILED", "2段階認証の解除: 確認コードの誤り",
                code != null && Totp.verify(secret, code.trim(), clock.instant()),
                "確認コードが正しくありません。認証アプリに表示されている6桁の数字を入力してください。");
        users.setTotp(me.id(), null, false);
        audit.event("TOTP_DISABLED", "USER", me.username(), "本人による2段階認証の解除");
    }

    private void proveSecret(UserAccount me, String field, String failedAction, String detail, boolean proven,
                             String wrongMessage) {
        String address = clientAddress();
        if (authenticator.blocked(me, address)) {
            audit.eventAs(me.username(), failedAction, detail + "（試行回数の上限）", false);
            throw new ValidationException(Problem.field(field, "TOO_MANY_ATTEMPTS",
                    "誤りが続いたため、しばらく受け付けません。15分ほど待ってから再度お試しください。"));
        }
        if (!proven) {
            authenticator.countFailure(me, address);
            audit.eventAs(me.username(), failedAction, detail, false);
            throw new ValidationException(Problem.field(field, "WRONG_SECRET", wrongMessage));
        }
    }

    private static String clientAddress() {
        jp.mamori.audit.RequestInfo info = jp.mamori.audit.RequestInfo.current();
        return info == null ? null : info.clientIp();
    }

    /** Starts enrolment: a new secret, not yet active until a code from the app proves it was stored. */
    @Transactional
    public String beginTotpEnrolment() {
        UserAccount me = self();
        if (me.totpEnabled()) {
            // a new secret would silently replace (and so switch off) the confirmed one
            throw new ValidationException(Problem.field("code", "TOTP_ALREADY_ENABLED",
                    "2段階認証は既に有効です。設定し直すには、先に確認コードを入力して解除してください。"));
        }
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
        sessions.endAll(user);
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

    /** Whether the hospital already has a HOSPITAL account (enabled or not): it needs no invitation. */
    public boolean hospitalHasAccount(jp.mamori.shared.HospitalCode hospital) {
        return users.existsHospitalAccount(hospital.value());
    }

    /** Whether any account already uses this e-mail address (compared case-insensitively). */
    public boolean emailHasAccount(String email) {
        return email != null && !email.isBlank() && users.existsEmail(email.strip());
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

    /** The free-text fields, as long as their columns and without control or invisible characters (V3). */
    private static List<Problem> textProblems(String organization, String displayName, String email) {
        List<Problem> problems = new ArrayList<>();
        jp.mamori.shared.TextRules.checkLine("organization", "所属", trimmed(organization), 200).ifPresent(problems::add);
        jp.mamori.shared.TextRules.checkLine("displayName", "氏名", trimmed(displayName), 100).ifPresent(problems::add);
        jp.mamori.shared.TextRules.checkLine("email", "メールアドレス", trimmed(email), 254).ifPresent(problems::add);
        String mail = trimmed(email);
        if (mail != null && !mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(Problem.field("email", "INVALID_EMAIL", "メールアドレスの形式が正しくありません（例: tanaka@example.jp）。"));
        }
        return problems;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
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

    /** A CONTRACTOR account belongs to exactly one organization; no other role has one or is a manager. */
    private List<Problem> organizationProblems(Role role, String organizationId, boolean manager) {
        List<Problem> problems = new ArrayList<>();
        if (role == null) {
            return problems;
        }
        if (role == Role.CONTRACTOR) {
            if (organizationId == null) {
                problems.add(Problem.field("organizationId", "MISSING_VALUE",
                        "事業者の役割には所属する組織（organizationId）が必要です。先に組織を登録して、その組織IDを指定してください。"));
            } else if (organizations.find(organizationId).isEmpty()) {
                problems.add(Problem.field("organizationId", "UNKNOWN_ORGANIZATION",
                        "組織ID「" + organizationId + "」の組織は登録されていません。組織の一覧を確認してください。"));
            }
        } else {
            if (organizationId != null) {
                problems.add(Problem.field("organizationId", "INVALID_VALUE",
                        "組織（organizationId）を指定できるのは事業者（CONTRACTOR）の役割だけです。この項目を外してください。"));
            }
            if (manager) {
                problems.add(Problem.field("manager", "INVALID_VALUE",
                        "組織の管理者（manager）にできるのは事業者（CONTRACTOR）の役割だけです。false にしてください。"));
            }
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
        m.put("organizationId", u.organizationId());
        m.put("manager", u.manager());
        m.put("displayName", u.displayName());
        m.put("email", u.email());
        m.put("enabled", u.enabled());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
