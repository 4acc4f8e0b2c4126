package jp.mamori.security;

import java.util.List;
import java.util.Set;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry's account management pages. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccountService accounts;
    private final Organizations organizations;

    UserAdminController(UserAccountService accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** Form backing object: every field as typed, so a refused form comes back as the user left it. */
    public static class UserForm {
        private String username = "";
        private String password = "";
        private String role = "PREFECTURE";
        private String prefectureCode = "";
        private String hospitalCode = "";
        private String organization = "";
        private String organizationId = "";
        private boolean manager;
        private String displayName = "";
        private String email = "";
        private boolean enabled = true;
        private int version;

        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public String getPrefectureCode() { return prefectureCode; }
        public void setPrefectureCode(String v) { prefectureCode = v; }
        public String getHospitalCode() { return hospitalCode; }
        public void setHospitalCode(String v) { hospitalCode = v; }
        public String getOrganization() { return organization; }
        public void setOrganization(String v) { organization = v; }
        public String getOrganizationId() { return organizationId; }
        public void setOrganizationId(String v) { organizationId = v; }
        public boolean isManager() { return manager; }
        public void setManager(boolean v) { manager = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean v) { enabled = v; }
        public int getVersion() { return version; }
        public void setVersion(int v) { version = v; }

        static UserForm of(UserAccount u) {
            UserForm f = new UserForm();
            f.username = u.username();
            f.role = u.role().name();
            f.prefectureCode = u.prefecture() == null ? "" : u.prefecture().value();
            f.hospitalCode = u.hospital() == null ? "" : u.hospital().value();
            f.organization = u.organization() == null ? "" : u.organization();
            f.organizationId = u.organizationId() == null ? "" : u.organizationId();
            f.manager = u.manager();
            f.displayName = u.displayName() == null ? "" : u.displayName();
            f.email = u.email() == null ? "" : u.email();
            f.enabled = u.enabled();
            f.version = u.version();
            return f;
        }

        Role parsedRole() {
            return UserApiController.parseRole(role);
        }

        PrefectureCode parsedPrefecture() {
            if (prefectureCode == null || prefectureCode.isBlank()) {
                return null;
            }
            try {
                return PrefectureCode.parse(prefectureCode);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Problem.field("prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47で入力してください。"));
            }
        }

        HospitalCode parsedHospital() {
            if (hospitalCode == null || hospitalCode.isBlank()) {
                return null;
            }
            return HospitalCode.tryParse(hospitalCode).orElseThrow(() -> new ValidationException(
                    Problem.field("hospitalCode", "INVALID_VALUE", "医療機関コードは10桁の数字で入力してください。")));
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        return "security/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.all());
        return "security/user-new";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes flash) {
        try {
            Role role = form.parsedRole();
            UserAccount created = accounts.create(new NewUser(form.username, form.password, role,
                    role == Role.PREFECTURE ? form.parsedPrefecture() : null,
                    role == Role.HOSPITAL ? form.parsedHospital() : null,
                    form.organization, form.displayName, form.email,
                    role == Role.CONTRACTOR ? form.organizationId : null, role == Role.CONTRACTOR && form.manager));
            flash.addFlashAttribute("created", created.username());
            return "redirect:/admin/users";
        } catch (ValidationException e) {
            form.password = "";
            model.addAttribute("problems", e.problems());
            model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.all());
            return "security/user-new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.all());
        return "security/user-edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes flash) {
        try {
            Role role = form.parsedRole();
            accounts.update(id, form.version, new UserChange(role,
                    role == Role.PREFECTURE ? form.parsedPrefecture() : null,
                    role == Role.HOSPITAL ? form.parsedHospital() : null,
                    form.organization, form.displayName, form.email, form.enabled,
                    role == Role.CONTRACTOR ? form.organizationId : null, role == Role.CONTRACTOR && form.manager));
            flash.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (ValidationException e) {
            return editWithProblems(id, form, e.problems(), model);
        } catch (ConflictException e) {
            return editWithProblems(id, form, List.of(Problem.of(e.code(), e.getMessage())), model);
        }
    }

    private String editWithProblems(long id, UserForm form, List<Problem> problems, Model model) {
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("problems", problems);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.all());
        return "security/user-edit";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        accounts.unlock(id);
        flash.addFlashAttribute("unlocked", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes flash) {
        try {
            accounts.resetPassword(id, password);
            flash.addFlashAttribute("passwordReset", true);
        } catch (ValidationException e) {
            flash.addFlashAttribute("passwordProblems", e.problems());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/totp/disable")
    String disableTotp(@PathVariable long id, RedirectAttributes flash) {
        accounts.disableTotp(id);
        flash.addFlashAttribute("totpDisabled", true);
        return "redirect:/admin/users/" + id;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem usersNav() {
            return new NavItem("/admin/users", "nav.users", 90, Set.of("MHLW_ADMIN"));
        }
    }
}
