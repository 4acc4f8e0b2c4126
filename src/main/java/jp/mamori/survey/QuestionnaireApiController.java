package jp.mamori.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.QuestionnaireEdition;
import jp.mamori.survey.domain.QuestionnaireItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Questionnaire: the editions (reference data, any signed-in user) and a case's answers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pre-survey questionnaire")
class QuestionnaireApiController {

    private final QuestionnaireEditions editions;
    private final QuestionnaireService questionnaires;
    private final ObjectMapper json;

    QuestionnaireApiController(QuestionnaireEditions editions, QuestionnaireService questionnaires, ObjectMapper json) {
        this.editions = editions;
        this.questionnaires = questionnaires;
        this.json = json;
    }

    @GetMapping("/questionnaires")
    @Operation(summary = "The questionnaire editions")
    Map<String, Object> editions() {
        List<Map<String, Object>> out = editions.all().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("fiscalYear", e.fiscalYear());
            m.put("title", e.title());
            return m;
        }).toList();
        return Map.of("editions", out);
    }

    @GetMapping("/questionnaires/{edition}")
    @Operation(summary = "One edition with its items")
    Map<String, Object> edition(@PathVariable String edition) {
        QuestionnaireEdition e = editions.find(edition)
                .orElseThrow(() -> new NotFoundException("質問票「" + edition + "」はありません。GET /api/v1/questionnaires で一覧を確認してください。"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("fiscalYear", e.fiscalYear());
        m.put("title", e.title());
        m.put("items", e.items().stream().map(QuestionnaireApiController::item).toList());
        return m;
    }

    @GetMapping("/cases/{id}/questionnaire")
    @Operation(summary = "A case's answers (confidential readers)")
    Map<String, Object> get(@PathVariable long id) {
        return json(questionnaires.get(id));
    }

    @PutMapping("/cases/{id}/questionnaire")
    @Operation(summary = "Answer (the hospital, or the assigned contractor for it) after the memorandum; a partial set is a draft")
    Map<String, Object> put(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.has("answers") || !body.get("answers").isObject()) {
            throw new ValidationException(Problem.field("answers", "MISSING_VALUE",
                    "回答は {\"answers\": {質問ID: 値}} の形で送ってください（値を null にするとその回答を消します）。"));
        }
        Map<String, Object> given = json.convertValue(body.get("answers"), new TypeReference<LinkedHashMap<String, Object>>() { });
        return json(questionnaires.answer(id, given));
    }

    private static Map<String, Object> item(QuestionnaireItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("text", i.text());
        m.put("type", i.type().name());
        if (!i.choices().isEmpty()) {
            m.put("choices", i.choices());
        }
        m.put("required", i.required());
        return m;
    }

    private static Map<String, Object> json(QuestionnaireService.State s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edition", s.edition().id());
        m.put("answers", s.answers());
        m.put("complete", s.complete());
        m.put("missing", s.missing());
        return m;
    }
}
