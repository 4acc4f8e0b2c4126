package jp.mamori.survey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's questionnaire answers as stored (normalised by QuestionnaireRules before they get here). */
@Repository
class QuestionnaireStore {

    record Stored(String edition, Map<String, Object> answers) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    QuestionnaireStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> find(long caseId) {
        return jdbc.sql("SELECT edition, answers::text AS answers FROM survey_questionnaire WHERE case_id = :c")
                .param("c", caseId)
                .query((rs, n) -> new Stored(rs.getString("edition"), read(rs.getString("answers"))))
                .optional();
    }

    void save(long caseId, String edition, Map<String, Object> answers, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO survey_questionnaire (case_id, edition, answers, updated_at, updated_by)
                VALUES (:c, :e, CAST(:a AS jsonb), :t, :b)
                ON CONFLICT (case_id) DO UPDATE SET edition = EXCLUDED.edition, answers = EXCLUDED.answers,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .param("c", caseId).param("e", edition).param("a", write(answers))
                .param("t", java.sql.Timestamp.from(at)).param("b", by).update();
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire answers unreadable", e);
        }
    }

    private String write(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
