package jp.mamori.inventory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.inventory.diagram.DiagramElements;
import jp.mamori.inventory.diagram.DiagramLayout;
import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import jp.mamori.survey.domain.SystemEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 外部接続点台帳 as a page: the points, a form laid out for typing during a hearing, the sheet down and up,
 * and the configuration diagram. Every save goes through ConnectionInventory exactly as the API does, so a refusal
 * is the service's Japanese message next to its field, with what was typed kept and nothing stored.
 */
@Controller
class InventoryPagesController {

    /** The form's fields in the order a hearing goes through them (and the tab order). */
    static final List<String> TEXTS = List.of("counterpart", "system", "openedBy", "note");
    static final List<String> CHOICES = List.of("purpose", "line", "authentication", "status");
    static final List<String> YES_NO = List.of("alwaysOn", "sourceRestricted", "logging", "logReviewed", "knownBefore");
    static final List<String> DEVICE = List.of("vendor", "product", "version", "address");

    private final ConnectionInventory inventory;
    private final ConnectionSheet sheet;
    private final Findings findings;
    private final CaseDiagrams diagrams;
    private final CaseAccess access;

    InventoryPagesController(ConnectionInventory inventory, ConnectionSheet sheet, Findings findings, CaseDiagrams diagrams,
                             CaseAccess access) {
        this.inventory = inventory;
        this.sheet = sheet;
        this.findings = findings;
        this.diagrams = diagrams;
        this.access = access;
    }

    @GetMapping("/survey/cases/{id}/inventory")
    String show(@PathVariable long id, @RequestParam(required = false) Long edit, Model model) {
        List<StoredConnection> points = inventory.read(id);
        Map<String, String> form = null;
        Long editing = null;
        if (edit != null) {
            for (StoredConnection s : points) {
                if (s.point().id().equals(edit)) {
                    form = form(s);
                    editing = edit;
                }
            }
        }
        if (form == null) {
            form = blank();
            Object keep = model.getAttribute("keepStatus");
            if (keep instanceof String status) {
                form.put("status", status);
            }
        }
        return page(id, points, form, editing, List.of(), null, model);
    }

    @PostMapping("/survey/cases/{id}/inventory")
    String create(@PathVariable long id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        Map<String, String> form = typed(typed);
        try {
            StoredConnection saved = inventory.create(id, body(form));
            flash.addFlashAttribute("savedPoint", label(saved.point()));
            if ("add".equals(typed.get("then"))) {
                flash.addFlashAttribute("addAnother", true);
                flash.addFlashAttribute("keepStatus", form.get("status"));
                // no #entry: a fragment target stops the browser from honouring autofocus on the first field
                return "redirect:/survey/cases/" + id + "/inventory";
            }
            return "redirect:/survey/cases/" + id + "/inventory#point-" + saved.point().id();
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, inventory.read(id), form, null, e.problems(), null, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(id, inventory.read(id), form, null, List.of(Problem.of(e.code(), e.getMessage())), null, model);
        }
    }

    @PostMapping("/survey/cases/{id}/inventory/{cid}")
    String update(@PathVariable long id, @PathVariable long cid, @RequestParam Map<String, String> typed, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        Map<String, String> form = typed(typed);
        try {
            StoredConnection saved = inventory.update(id, cid, body(form));
            flash.addFlashAttribute("savedPoint", label(saved.point()));
            return "redirect:/survey/cases/" + id + "/inventory#point-" + cid;
        } catch (ValidationException e) {
            response.setStatus(422);
            return page(id, inventory.read(id), form, cid, e.problems(), null, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            List<StoredConnection> points = inventory.read(id);
            StoredConnection now = points.stream().filter(s -> s.point().id() == cid).findFirst().orElse(null);
            return page(id, points, form, cid, List.of(Problem.of(e.code(), e.getMessage())), now, model);
        }
    }

    @PostMapping("/survey/cases/{id}/inventory/{cid}/delete")
    String delete(@PathVariable long id, @PathVariable long cid, @RequestParam(required = false) Integer version,
                  RedirectAttributes flash) {
        try {
            inventory.delete(id, cid, version);
            flash.addFlashAttribute("deletedPoint", cid);
        } catch (ConflictException e) {
            flash.addFlashAttribute("problems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "/inventory#points";
    }

    @GetMapping("/survey/cases/{id}/inventory.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        ConnectionSheet.Export export = sheet.export(id);
        return Downloads.xlsx(export.file(), export.filename());
    }

    @PostMapping("/survey/cases/{id}/inventory/sheet")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes flash) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new ValidationException(Problem.field("file", "MISSING_VALUE", "取り込む外部接続点台帳（.xlsx）を選んでください。"));
            }
            flash.addFlashAttribute("imported", sheet.upload(id, file.getBytes()));
        } catch (ValidationException e) {
            flash.addFlashAttribute("sheetSummary", e.getMessage());
            flash.addFlashAttribute("sheetProblems", e.problems());
        } catch (ConflictException e) {
            flash.addFlashAttribute("sheetSummary", e.getMessage());
            flash.addFlashAttribute("sheetProblems", List.of(Problem.of(e.code(), e.getMessage())));
        }
        return "redirect:/survey/cases/" + id + "/inventory#sheet";
    }

    @GetMapping("/survey/cases/{id}/diagram.svg")
    ResponseEntity<byte[]> svg(@PathVariable long id) {
        return DiagramApiController.svg(diagrams.read(id));
    }

    @GetMapping("/survey/cases/{id}/diagram.png")
    ResponseEntity<byte[]> png(@PathVariable long id) {
        return DiagramApiController.png(diagrams.read(id));
    }

    private String page(long id, List<StoredConnection> points, Map<String, String> form, Long editing, List<Problem> problems,
                        StoredConnection current, Model model) {
        CaseRef c = access.caseOf(id);
        boolean contractor = access.callerIsAssignedContractor(id);
        CaseDiagrams.View view = contractor ? CaseDiagrams.View.CONTRACTOR : CaseDiagrams.View.HOSPITAL;
        var diagram = diagrams.of(id, points.stream().map(StoredConnection::point).toList(), findings.of(id), view);
        DiagramLayout layout = DiagramLayout.of(diagram, diagrams.labels());
        model.addAttribute("caseId", id);
        model.addAttribute("hospitalName", diagram.hospitalName());
        model.addAttribute("points", points);
        model.addAttribute("canEdit", contractor && !c.withdrawn());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("current", current);
        if (!model.containsAttribute("problems") || !problems.isEmpty()) {
            model.addAttribute("problems", problems);
        }
        model.addAttribute("systems", access.systems(id).stream().map(SystemEntry::name)
                .filter(n -> n != null && !n.isBlank()).distinct().toList());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("lines", Line.values());
        model.addAttribute("authentications", Authentication.values());
        model.addAttribute("statuses", PointStatus.values());
        model.addAttribute("diagramJson", DiagramElements.json(layout));
        model.addAttribute("diagramRows", layout.rows());
        return "inventory/inventory";
    }

    /** The form's values as typed, every field present (so the template never meets a missing key). */
    private static Map<String, String> typed(Map<String, String> typed) {
        Map<String, String> form = blank();
        form.keySet().forEach(k -> form.put(k, typed.getOrDefault(k, "")));
        form.put("version", typed.getOrDefault("version", ""));
        return form;
    }

    private static Map<String, String> blank() {
        Map<String, String> form = new LinkedHashMap<>();
        CHOICES.forEach(k -> form.put(k, ""));
        TEXTS.forEach(k -> form.put(k, ""));
        DEVICE.forEach(k -> form.put("device." + k, ""));
        YES_NO.forEach(k -> form.put(k, ""));
        form.put("lastPatchedOn", "");
        form.put("status", PointStatus.HEARING.name());
        form.put("version", "");
        return form;
    }

    private static Map<String, String> form(StoredConnection s) {
        ConnectionPoint p = s.point();
        Map<String, String> form = blank();
        form.put("purpose", name(p.purpose()));
        form.put("counterpart", text(p.counterpart()));
        form.put("system", text(p.system()));
        form.put("line", name(p.line()));
        form.put("device.vendor", text(p.device().vendor()));
        form.put("device.product", text(p.device().product()));
        form.put("device.version", text(p.device().version()));
        form.put("device.address", text(p.device().address()));
        form.put("alwaysOn", yesNo(p.alwaysOn()));
        form.put("openedBy", text(p.openedBy()));
        form.put("authentication", name(p.authentication()));
        form.put("sourceRestricted", yesNo(p.sourceRestricted()));
        form.put("logging", yesNo(p.logging()));
        form.put("logReviewed", yesNo(p.logReviewed()));
        form.put("lastPatchedOn", p.lastPatchedOn() == null ? "" : p.lastPatchedOn().toString());
        form.put("knownBefore", yesNo(p.knownBefore()));
        form.put("status", name(p.status()));
        form.put("note", text(p.note()));
        form.put("version", String.valueOf(s.version()));
        return form;
    }

    /** The row as the API takes it: blanks are unknown, はい/いいえ are true/false, anything else is left for the checks to name. */
    static ObjectNode body(Map<String, String> form) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        CHOICES.forEach(k -> b.put(k, orNull(form.get(k))));
        TEXTS.forEach(k -> b.put(k, orNull(form.get(k))));
        ObjectNode device = b.putObject("device");
        DEVICE.forEach(k -> device.put(k, orNull(form.get("device." + k))));
        for (String k : YES_NO) {
            String v = orNull(form.get(k));
            if (v == null) {
                b.putNull(k);
            } else if (v.equals("true") || v.equals("false")) {
                b.put(k, Boolean.parseBoolean(v));
            } else {
                b.put(k, v);
            }
        }
        b.put("lastPatchedOn", orNull(form.get("lastPatchedOn")));
        String version = orNull(form.get("version"));
        if (version != null) {
            try {
                b.put("version", Integer.parseInt(version));
            } catch (NumberFormatException e) {
                b.put("version", version);
            }
        }
        return b;
    }

    /** How a point is named on the page: its counterpart, else its system, else its number. */
    static String label(ConnectionPoint p) {
        if (p.counterpart() != null && !p.counterpart().isBlank()) {
            return p.counterpart();
        }
        if (p.system() != null && !p.system().isBlank()) {
            return p.system();
        }
        return "#" + p.id();
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "" : b.toString();
    }
}
