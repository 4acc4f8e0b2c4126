package jp.mamori.security;

import jp.mamori.security.domain.Totp;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My account: change my password, set up my second factor. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final UserAccountService accounts;

    AccountController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String account(Model model) {
        model.addAttribute("me", accounts.self());
        return "security/account";
    }

    @PostMapping("/password")
    String password(@RequestParam String currentPassword, @RequestParam String newPassword,
                    @RequestParam String confirmPassword, Model model, RedirectAttributes flash) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new ValidationException(jp.mamori.shared.Problem.field("confirmPassword", "MISMATCH",
                        "新しいパスワードと確認用の入力が一致しません。"));
            }
            accounts.changeOwnPassword(currentPassword, newPassword);
            flash.addFlashAttribute("passwordChanged", true);
            return "redirect:/account";
        } catch (ValidationException e) {
            model.addAttribute("me", accounts.self());
            model.addAttribute("passwordProblems", e.problems());
            return "security/account";
        }
    }

    @PostMapping("/totp")
    String beginTotp(Model model) {
        String secret;
        try {
            secret = accounts.beginTotpEnrolment();
        } catch (ValidationException e) {
            model.addAttribute("me", accounts.self());
            model.addAttribute("totpProblems", e.problems());
            return "security/account";
        }
        UserAccount me = accounts.self();
        model.addAttribute("me", me);
        model.addAttribute("totpSecret", secret);
        model.addAttribute("totpUri", Totp.uri("Mamori", me.username(), secret));
        return "security/account";
    }

    @PostMapping("/totp/disable")
    String disableTotp(@RequestParam(required = false) String code, Model model, RedirectAttributes flash) {
        try {
            accounts.disableOwnTotp(code);
            flash.addFlashAttribute("totpDisabled", true);
            return "redirect:/account";
        } catch (ValidationException e) {
            model.addAttribute("me", accounts.self());
            model.addAttribute("totpProblems", e.problems());
            return "security/account";
        }
    }

    @PostMapping("/totp/confirm")
    String confirmTotp(@RequestParam String code, Model model, RedirectAttributes flash) {
        try {
            accounts.confirmTotp(code);
            flash.addFlashAttribute("totpEnabled", true);
            return "redirect:/account";
        } catch (ValidationException e) {
            model.addAttribute("me", accounts.self());
            model.addAttribute("totpProblems", e.problems());
            return "security/account";
        }
    }
}
