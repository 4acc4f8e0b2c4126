package jp.mamori.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.stereotype.Component;

/** Creates one account per role and scope on demand, and hands out API tokens for them. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Test-Pass-Word-2026";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Kanri-Pass-2026";

    /** The organization of CONTRACTOR accounts created without a scope. */
    public static final String CONTRACTOR_ORGANIZATION = "test-contractor";

    private final UserAccountService accounts;
    private final jp.mamori.security.Organizations organizations;
    private final TestData data;
    private final Map<String, String> created = new ConcurrentHashMap<>();

    TestUsers(UserAccountService accounts, jp.mamori.security.Organizations organizations, TestData data) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.data = data;
    }

    /** Username of an account with this role (and prefecture or hospital), created once. */
    public synchronized String user(Role role, String scope) {
        String username = (role.name() + (scope == null ? "" : "-" + scope)).toLowerCase().replace('_', '-');
        if (role == Role.MHLW_ADMIN && scope == null) {
            return ADMIN;
        }
        return created.computeIfAbsent(username, u -> {
            data.ensureRegistry();
            PrefectureCode pref = role == Role.PREFECTURE ? new PrefectureCode(scope) : null;
            HospitalCode hosp = role == Role.HOSPITAL ? new HospitalCode(scope) : null;
            if (accounts.count() > 0 && exists(u)) {
                return u;
            }
            String org = role == Role.CONTRACTOR ? contractorOrganization(scope) : null;
            accounts.createUnchecked(new NewUser(u, PASSWORD, role, pref, hosp, "test", "テスト", null, org, false));
            return u;
        });
    }

    /** A CONTRACTOR account's scope names its organization (created as a contractor when missing). */
    public synchronized String contractorOrganization(String scope) {
        String id = scope == null ? CONTRACTOR_ORGANIZATION : scope;
        if (organizations.find(id).isEmpty()) {
            organizations.createUnchecked(new jp.mamori.security.NewOrganization(id, "テスト事業者 " + id,
                    jp.mamori.security.OrganizationKind.CONTRACTOR, null, id + "@example.jp", null));
        }
        return id;
    }

    public String password(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }

    private boolean exists(String username) {
        try {
            return accounts.list().stream().anyMatch(a -> a.username().equals(username));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
