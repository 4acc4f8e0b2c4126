package jp.mamori.inventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The ministry's KEV page: the catalogue in force, a newer one uploaded, the alias table edited. AUDITOR reads it. */
@Controller
class KevPageController {

    /** Empty rows offered below the ministry's aliases for new ones. */
    static final int BLANK_ROWS = 3;

    private final KevCatalogue catalogue;
    private final AccessGuard guard;

    KevPageController(KevCatalogue catalogue, AccessGuard guard) {
        this.catalogue = catalogue;
        this.guard = guard;
    }

    @GetMapping("/kev")
    String page(Model model) {
        return show(guard.requireRole(Role.MHLW_ADMIN, Role.AUDITOR), model, null);
    }

    @PostMapping("/kev")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        try {
            if (file == null || file.isEmpty()) {
                throw new ValidationException(Problem.of("EMPTY_FILE", "読み込む KEV カタログのファイル（JSON）を選んでください。"));
            }
            KevCatalogue.Loaded loaded = catalogue.upload(file.getBytes(), actor.username());
            model.addAttribute("loaded", loaded);
        } catch (ValidationException e) {
            model.addAttribute("uploadSummary", e.getMessage());
            model.addAttribute("uploadProblems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("uploadSummary", e.getMessage());
            model.addAttribute("uploadProblems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return show(actor, model, null);
    }

    @PostMapping("/kev/aliases")
    String aliases(@RequestParam(name = "fromVendor", required = false) List<String> fromVendor,
                   @RequestParam(name = "fromProduct", required = false) List<String> fromProduct,
                   @RequestParam(name = "toVendor", required = false) List<String> toVendor,
                   @RequestParam(name = "toProduct", required = false) List<String> toProduct, Model model) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        List<AliasRow> rows = rows(fromVendor, fromProduct, toVendor, toProduct);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (AliasRow r : rows) {
            ObjectNode a = list.addObject();
            a.putObject("from").put("vendor", r.fromVendor()).put("product", r.fromProduct());
            a.putObject("to").put("vendor", r.toVendor()).put("product", r.toProduct());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("aliases", list);
        try {
            int raised = catalogue.replaceMinistryAliases(KevAliasFile.parse(body, KevAlias.Origin.MINISTRY), actor.username());
            model.addAttribute("aliasesSaved", rows.size());
            model.addAttribute("aliasSuggestions", raised);
            return show(actor, model, null);
        } catch (ValidationException e) {
            model.addAttribute("aliasSummary", e.getMessage());
            model.addAttribute("aliasProblems", e.problems());
            return show(actor, model, rows);
        }
    }

    private String show(Actor actor, Model model, List<AliasRow> typed) {
        model.addAttribute("status", catalogue.status().orElse(null));
        List<KevAlias> all = catalogue.aliases();
        model.addAttribute("shipped", all.stream().filter(a -> a.origin() == KevAlias.Origin.SHIPPED).toList());
        List<AliasRow> ministry = typed != null ? new ArrayList<>(typed) : new ArrayList<>(all.stream()
                .filter(a -> a.origin() == KevAlias.Origin.MINISTRY).map(AliasRow::of).toList());
        boolean canChange = actor.is(Role.MHLW_ADMIN);
        if (canChange) {
            for (int i = 0; i < BLANK_ROWS; i++) {
                ministry.add(new AliasRow("", "", "", ""));
            }
        }
        model.addAttribute("ministry", ministry);
        model.addAttribute("canChange", canChange);
        return "kev/kev";
    }

    /** The rows as typed, blank ones left out (a cleared row removes its alias). */
    private static List<AliasRow> rows(List<String> fv, List<String> fp, List<String> tv, List<String> tp) {
        int n = Math.max(Math.max(size(fv), size(fp)), Math.max(size(tv), size(tp)));
        List<AliasRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AliasRow r = new AliasRow(at(fv, i), at(fp, i), at(tv, i), at(tp, i));
            if (!r.blank()) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static int size(List<String> l) {
        return l == null ? 0 : l.size();
    }

    private static String at(List<String> l, int i) {
        return l == null || i >= l.size() || l.get(i) == null ? "" : l.get(i).strip();
    }

    record AliasRow(String fromVendor, String fromProduct, String toVendor, String toProduct) {
        static AliasRow of(KevAlias a) {
            return new AliasRow(a.from().vendor(), nz(a.from().product()), a.to().vendor(), nz(a.to().product()));
        }

        boolean blank() {
            return fromVendor.isEmpty() && fromProduct.isEmpty() && toVendor.isEmpty() && toProduct.isEmpty();
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem kevNav() {
            return new NavItem("/kev", "nav.kev", 82, Set.of("MHLW_ADMIN", "AUDITOR"));
        }
    }
}
