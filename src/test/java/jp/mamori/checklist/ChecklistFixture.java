package jp.mamori.checklist;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.mamori.support.Api;
import org.springframework.stereotype.Component;

/** Answer sets for the tests: every item of the 令和7 edition answered はい (optionally with some overrides). */
@Component
@org.springframework.context.annotation.Lazy
public class ChecklistFixture {

    public static final String EDITION = "CL2025";
    private final Api api;

    ChecklistFixture(Api api) {
        this.api = api;
    }

    public static String path(String hospital, String respondent) {
        return "/api/v1/hospitals/" + hospital + "/checklists/" + EDITION + "/" + respondent;
    }

    public static Map<String, Object> yes(LocalDate on) {
        return Map.of("answer", "YES", "checkedOn", on.toString());
    }

    /** Every item of the edition as a whole, はい, checked {@code on}. */
    public Map<String, Object> allYes(String token, LocalDate on) {
        Map<String, Object> answers = new LinkedHashMap<>();
        api.get(token, "/api/v1/checklists/" + EDITION).json().get("items").forEach(i -> answers.put(i.get("id").asText(), yes(on)));
        return answers;
    }

    public Api.Response put(String token, String hospital, String respondent, Map<String, Object> answers) {
        return api.put(token, path(hospital, respondent), Map.of("answers", answers));
    }
}
