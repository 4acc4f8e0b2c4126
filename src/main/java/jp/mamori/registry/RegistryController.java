package jp.mamori.registry;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.NavItem;
import jp.mamori.shared.web.Pager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: search the registry, open a hospital, set its flags, import a CSV. */
@Controller
class RegistryController {

    private final RegistryService service;
    private final Registry registry;
    private final AccessGuard guard;

    RegistryController(RegistryService service, Registry registry, AccessGuard guard) {
        this.service = service;
        this.registry = registry;
        this.guard = guard;
    }

    @GetMapping("/hospitals")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) String prefecture,
                  @RequestParam(required = false) String minBeds,
                  @RequestParam(required = false) String maxBeds,
                  @RequestParam(required = false) Boolean disasterBase,
                  @RequestParam(required = false) Boolean acuteCare,
                  HttpServletRequest request, Model model) {
        Actor actor = guard.current();
        if (actor.is(Role.HOSPITAL)) {
            return "redirect:/hospitals/" + actor.hospital().value();
        }
        List<String> errors = new ArrayList<>();
        Integer min = beds(minBeds, "registry.search.minBeds.invalid", errors);
        Integer max = beds(maxBeds, "registry.search.maxBeds.invalid", errors);
        PrefectureCode pref = prefecture == null || prefecture.isBlank() || !PrefectureCode.isValid(prefecture) ? null
                : new PrefectureCode(prefecture);
        // the shared pager reads page and size; the total is known only after the search, which may clamp the page
        Pager asked = Pager.of(request, Long.MAX_VALUE);
        HospitalSearch criteria = new HospitalSearch(q, pref, min, max, disasterBase, acuteCare, asked.page() - 1, asked.size());
        HospitalPage result = service.search(criteria);
        Pager pager = Pager.of(request, result.total());
        if (pager.page() != asked.page()) {
            criteria = new HospitalSearch(q, pref, min, max, disasterBase, acuteCare, pager.page() - 1, pager.size());
            result = service.search(criteria);
        }
        model.addAttribute("pager", pager);
        model.addAttribute("criteria", criteria);
        model.addAttribute("q", q);
        model.addAttribute("minBeds", minBeds);
        model.addAttribute("maxBeds", maxBeds);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("prefectures", registry.prefectures());
        model.addAttribute("prefectureNames", registry.prefecturesByCode());
        model.addAttribute("fixedPrefecture", actor.is(Role.PREFECTURE) ? registry.prefecture(actor.prefecture()) : null);
        return "registry/search";
    }

    @GetMapping("/hospitals/{code}")
    String hospital(@PathVariable String code, Model model) {
        HospitalCode c = HospitalCode.tryParse(code).orElseThrow(() -> new jp.mamori.shared.NotFoundException(code));
        Hospital h = service.hospital(c);
        model.addAttribute("hospital", h);
        model.addAttribute("prefecture", registry.prefecture(h.prefecture()));
        model.addAttribute("canSetFlags", guard.current().is(Role.MHLW_ADMIN));
        return "registry/hospital";
    }

    @PostMapping("/hospitals/{code}/flags")
    String flags(@PathVariable String code, @RequestParam(defaultValue = "false") boolean disasterBase,
                 @RequestParam(defaultValue = "false") boolean acuteCare,
                 @RequestParam(defaultValue = "false") boolean emergency, RedirectAttributes flash) {
        HospitalCode c = HospitalCode.parse(code);
        service.setFlags(c, new HospitalFlags(disasterBase, acuteCare, emergency));
        flash.addFlashAttribute("saved", true);
        return "redirect:/hospitals/" + c.value();
    }

    @GetMapping("/admin/registry/import")
    String importPage() {
        return "registry/import";
    }

    @PostMapping("/admin/registry/import")
    String importCsv(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "auto") String encoding,
                     Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("problems", List.of(Problem.of("EMPTY_FILE", "ファイルを選んでください。")));
            return "registry/import";
        }
        byte[] bytes = file.getBytes();
        var charset = switch (encoding) {
            case "utf-8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "shift_jis" -> RegistryService.SHIFT_JIS;
            default -> RegistryService.detect(bytes);
        };
        try {
            model.addAttribute("result", service.importCsv(bytes, charset));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ValidationException e) {
            model.addAttribute("summary", e.getMessage());
            model.addAttribute("problems", e.problems());
        }
        return "registry/import";
    }

    private static Integer beds(String raw, String errorKey, List<String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).trim();
        if (!s.matches("\\d{1,6}")) {
            errors.add(errorKey);
            return null;
        }
        return Integer.parseInt(s);
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {
        @Bean
        NavItem registryNav() {
            return new NavItem("/hospitals", "nav.hospitals", 50, Set.of("MHLW_ADMIN", "AUDITOR", "PREFECTURE", "CONTRACTOR"));
        }

        @Bean
        NavItem ownHospitalNav() {
            return new NavItem("/hospitals", "nav.ownHospital", 10, Set.of("HOSPITAL"));
        }

        @Bean
        NavItem registryImportNav() {
            return new NavItem("/admin/registry/import", "nav.registryImport", 80, Set.of("MHLW_ADMIN"));
        }
    }
}
