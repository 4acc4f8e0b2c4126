package jp.mamori.survey;

import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The invited contact's page (no login): choose a username and password, or read why the link cannot be used. */
@Controller
class InvitationPageController {

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, Model model) {
        Invitations.Check check = invitations.check(token);
        model.addAttribute("token", token);
        model.addAttribute("refusal", check.refusal() == null ? null : check.refusal().name());
        model.addAttribute("email", check.email());
        model.addAttribute("done", false);
        return "survey/invitation";
    }

    @PostMapping("/invitations/{token}")
    String redeem(@PathVariable String token, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String password, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", username);
        model.addAttribute("done", false);
        model.addAttribute("email", invitations.check(token).email());
        try {
            Invitations.Refusal refusal = invitations.redeem(token, username.strip(), password);
            model.addAttribute("refusal", refusal == null ? null : refusal.name());
            model.addAttribute("done", refusal == null);
        } catch (ValidationException e) {
            model.addAttribute("refusal", null);
            model.addAttribute("problems", e.problems().stream().map(Problem::message).toList());
        }
        return "survey/invitation";
    }
}
