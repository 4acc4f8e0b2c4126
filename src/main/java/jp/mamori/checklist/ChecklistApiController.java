package jp.mamori.checklist;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.checklist.domain.RawAnswer;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** api-survey.md, Checklists and BCP: the editions (reference data) and a hospital's answers by respondent. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Checklists and BCP")
class ChecklistApiController {

    private final ChecklistEditions editions;
    private final ChecklistAnswers answers;

    ChecklistApiController(ChecklistEditions editions, ChecklistAnswers answers) {
        this.editions = editions;
        this.answers = answers;
    }

    @GetMapping("/checklists")
    @Operation(summary = "The checklist and BCP editions")
    Map<String, Object> list() {
        return Map.of("editions", editions.all().stream().map(EditionJson::summary).toList());
    }

    @GetMapping("/checklists/{edition}")
    @Operation(summary = "One edition with its items")
    Map<String, Object> edition(@PathVariable String edition) {
        return EditionJson.edition(editions.get(edition));
    }

    @GetMapping("/checklists/{edition}.xlsx")
    @Operation(summary = "An edition as the sheet the ministry loads back")
    ResponseEntity<byte[]> export(@PathVariable String edition) {
        return Downloads.xlsx(editions.export(edition), "チェックリスト_" + edition + ".xlsx");
    }

    @PostMapping("/checklists")
    @Operation(summary = "Load a new or corrected edition from its sheet (MHLW_ADMIN; all or nothing)")
    ResponseEntity<Map<String, Object>> load(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ValidationException(Problem.field("file", "MISSING_VALUE", "書き出したチェックリストの様式（.xlsx）を file として送ってください。"));
        }
        ChecklistEditions.Loaded loaded = editions.load(file.getBytes());
        Map<String, Object> body = EditionJson.edition(loaded.edition());
        body.put("changed", loaded.changed());
        return ResponseEntity.status(loaded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    @GetMapping("/hospitals/{code}/checklists/{edition}/vendor-form.xlsx")
    @Operation(summary = "The vendor version (事業者確認用) for one system vendor, pre-filled from the questionnaire")
    ResponseEntity<byte[]> vendorForm(@PathVariable String code, @PathVariable String edition,
                                      @RequestParam(value = "vendor", required = false) String vendor) {
        return Downloads.xlsx(answers.vendorForm(code, edition, vendor), "事業者確認用_" + edition + "_" + vendor + ".xlsx");
    }

    @GetMapping("/hospitals/{code}/checklists/{edition}/{respondent}")
    @Operation(summary = "One respondent's answers for a hospital and edition")
    Map<String, Object> get(@PathVariable String code, @PathVariable String edition, @PathVariable String respondent) {
        return json(answers.get(code, edition, respondent(respondent)));
    }

    @PutMapping("/hospitals/{code}/checklists/{edition}/{respondent}")
    @Operation(summary = "Replace one respondent's answers (the hospital, its prefecture, the assigned contractor after the memorandum)")
    Map<String, Object> put(@PathVariable String code, @PathVariable String edition, @PathVariable String respondent,
                            @RequestBody(required = false) JsonNode body) {
        Respondent r = respondent(respondent);
        if (body == null || !body.has("answers") || !body.get("answers").isObject()) {
            throw new ValidationException(Problem.field("answers", "MISSING_VALUE",
                    "回答は {\"answers\": {項目ID: {\"answer\": \"YES\"|\"NO\"|\"NA\", \"checkedOn\": \"YYYY-MM-DD\", \"targetOn\": ...}}} の形で送ってください。"));
        }
        Map<String, RawAnswer> given = new LinkedHashMap<>();
        body.get("answers").fields().forEachRemaining(f -> given.put(f.getKey(), raw(f.getValue())));
        return json(answers.put(code, edition, r, given));
    }

    private static RawAnswer raw(JsonNode n) {
        if (n == null || !n.isObject()) {
            return new RawAnswer(n == null || n.isNull() ? null : n.asText(), null, null);
        }
        return new RawAnswer(text(n.get("answer")), text(n.get("checkedOn")), text(n.get("targetOn")));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Respondent respondent(String s) {
        return Respondent.parse(s).orElseThrow(() -> new NotFoundException("回答者「" + s + "」はありません。HOSPITAL・PREFECTURE・CONTRACTOR のどれかです。"));
    }

    static Map<String, Object> json(ChecklistAnswers.View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edition", v.edition().id());
        m.put("respondent", v.respondent().name());
        Map<String, Object> a = new LinkedHashMap<>();
        v.answers().forEach((k, ans) -> a.put(k, ChecklistAnswerStore.json(ans)));
        m.put("answers", a);
        m.put("complete", v.complete());
        m.put("missing", v.missing());
        if (v.prefillFrom() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            v.prefill().forEach((k, c) -> p.put(k, Map.of("answer", c.name())));
            m.put("prefill", p);
            m.put("prefillFrom", v.prefillFrom());
        }
        return m;
    }

}
