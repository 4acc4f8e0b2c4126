package jp.mamori.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contractor and its subcontractors: created by the ministry, read by the survey to scope cases. */
@Service
public class Organizations {

    private final OrganizationRepository repository;
    private final AccessGuard guard;
    private final AuditLog audit;

    Organizations(OrganizationRepository repository, AccessGuard guard, AuditLog audit) {
        this.repository = repository;
        this.guard = guard;
        this.audit = audit;
    }

    public Optional<Organization> find(String id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    /** The contractor above a subcontractor; empty for a contractor. */
    public Optional<Organization> parentOf(String id) {
        return find(id).map(Organization::parentId).flatMap(repository::find);
    }

    /** Whether {@code username} is an enabled contractor account of this organization or of its parent contractor. */
    public boolean isAccountOf(String username, String organizationId) {
        if (username == null || organizationId == null) {
            return false;
        }
        Optional<String> own = repository.organizationOfContractor(username.trim());
        if (own.isEmpty()) {
            return false;
        }
        return own.get().equals(organizationId) || parentOf(organizationId).map(p -> p.id().equals(own.get())).orElse(false);
    }

    /** National roles see all; a contractor account its own organization with its parent or its subcontractors. */
    public List<Organization> list() {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN, Role.AUDITOR, Role.CONTRACTOR);
        List<Organization> all = repository.findAll();
        if (actor.national()) {
            return all;
        }
        String own = actor.organizationId();
        if (own == null) {
            return List.of(); // a session opened before the account had an organization
        }
        String parent = find(own).map(Organization::parentId).orElse(null);
        return all.stream().filter(o -> o.id().equals(own) || o.id().equals(parent) || own.equals(o.parentId())).toList();
    }

    /**
     * The enabled contractor accounts of each given organization the caller may see (a case's lead is picked from
     * them); an organization the caller may not see has none.
     */
    public Map<String, List<String>> accountsOf(java.util.Collection<String> organizationIds) {
        java.util.Set<String> visible = new java.util.HashSet<>(list().stream().map(Organization::id).toList());
        return repository.contractorAccounts(organizationIds.stream().filter(visible::contains).distinct().toList());
    }

    /** The ministry's choice list on the account pages. */
    List<Organization> all() {
        guard.requireRole(Role.MHLW_ADMIN);
        return repository.findAll();
    }

    @Transactional
    public Organization create(NewOrganization organization) {
        guard.requireRole(Role.MHLW_ADMIN);
        return createUnchecked(organization);
    }

    /** For start-up and demo data, where nobody is logged in yet. */
    @Transactional
    public Organization createUnchecked(NewOrganization o) {
        NewOrganization clean = new NewOrganization(trim(o.id()), trim(o.name()), o.kind(), trim(o.parentId()),
                trim(o.email()), trim(o.phone()));
        List<Problem> problems = problems(clean);
        if (!problems.isEmpty()) {
            throw new ValidationException("組織を登録できません。各項目を確認してください。", problems);
        }
        try {
            repository.insert(clean);
        } catch (DuplicateKeyException e) {
            throw new ValidationException(Problem.field("id", "DUPLICATE_ID",
                    "組織ID「" + clean.id() + "」は既に使われています。別のIDにしてください。"));
        }
        Organization created = repository.find(clean.id()).orElseThrow();
        audit.change("ORGANIZATION_CREATED", "ORGANIZATION", created.id(), null, Map.of("name", created.name(),
                "kind", created.kind().name(), "parentId", String.valueOf(created.parentId())));
        return created;
    }

    private List<Problem> problems(NewOrganization o) {
        List<Problem> problems = new ArrayList<>();
        if (o.id() == null || !o.id().matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add(Problem.field("id", "INVALID_VALUE", "組織IDは半角英数字と . _ - の1〜40文字で入力してください。"));
        }
        if (o.name() == null) {
            problems.add(Problem.field("name", "MISSING_VALUE", "組織名を入力してください。"));
        }
        TextRules.checkLine("name", "組織名", o.name(), 200).ifPresent(problems::add);
        if (o.email() == null) {
            problems.add(Problem.field("email", "MISSING_VALUE", "組織の連絡先メールアドレスを入力してください。"));
        } else if (!o.email().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Problem.field("email", "INVALID_VALUE", "メールアドレスの形（例: survey@example.jp）で入力してください。"));
        }
        TextRules.checkLine("email", "メールアドレス", o.email(), 254).ifPresent(problems::add);
        TextRules.checkLine("phone", "電話番号", o.phone(), 30).ifPresent(problems::add);
        if (o.kind() == null) {
            problems.add(Problem.field("kind", "MISSING_VALUE", "種別は CONTRACTOR（事業者）か SUBCONTRACTOR（再委託先）を指定してください。"));
        } else if (o.kind() == OrganizationKind.CONTRACTOR && o.parentId() != null) {
            problems.add(Problem.field("parentId", "INVALID_VALUE", "事業者（CONTRACTOR）には親組織を指定できません。parentId を外してください。"));
        } else if (o.kind() == OrganizationKind.SUBCONTRACTOR) {
            if (o.parentId() == null) {
                problems.add(Problem.field("parentId", "MISSING_VALUE", "再委託先には親の事業者（CONTRACTOR）の組織IDを parentId に指定してください。"));
            } else if (find(o.parentId()).filter(Organization::isContractor).isEmpty()) {
                problems.add(Problem.field("parentId", "UNKNOWN_ORGANIZATION",
                        "親組織「" + o.parentId() + "」は登録済みの事業者（CONTRACTOR）ではありません。事業者の組織IDを指定してください。"));
            }
        }
        return problems;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
