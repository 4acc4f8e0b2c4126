package jp.mamori.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.Choice;
import jp.mamori.checklist.domain.Respondent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One respondent's answers for a hospital and edition, as checked by the rules before they get here. */
@Repository
class ChecklistAnswerStore {

    record Stored(Map<String, Answer> answers, Instant updatedAt, String updatedBy) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ChecklistAnswerStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> find(String hospitalCode, String edition, Respondent respondent) {
        return jdbc.sql("""
                SELECT answers::text AS answers, updated_at, updated_by FROM checklist_answer
                 WHERE hospital_code = :h AND edition_id = :e AND respondent = :r""")
                .param("h", hospitalCode).param("e", edition).param("r", respondent.name())
                .query((rs, n) -> new Stored(read(rs.getString("answers")), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    /** One stored answer set of {@link #answersOf}. */
    record Row(String hospitalCode, Respondent respondent, Map<String, Answer> answers) {
    }

    /** Every respondent's answers to one edition for many hospitals, one read per thousand hospitals. */
    List<Row> answersOf(java.util.Collection<String> hospitalCodes, String edition) {
        List<Row> out = new java.util.ArrayList<>();
        List<String> codes = List.copyOf(hospitalCodes);
        for (int from = 0; from < codes.size(); from += 1_000) {
            jdbc.sql("""
                    SELECT hospital_code, respondent, answers::text AS answers FROM checklist_answer
                     WHERE edition_id = :e AND hospital_code IN (:h)""")
                    .param("e", edition).param("h", codes.subList(from, Math.min(codes.size(), from + 1_000)))
                    .query(rs -> {
                        out.add(new Row(rs.getString("hospital_code").trim(), Respondent.valueOf(rs.getString("respondent")),
                                read(rs.getString("answers"))));
                    });
        }
        return out;
    }

    Map<String, Answer> answers(String hospitalCode, String edition, Respondent respondent) {
        return find(hospitalCode, edition, respondent).map(Stored::answers).orElse(Map.of());
    }

    void save(String hospitalCode, String edition, Respondent respondent, Map<String, Answer> answers, boolean complete,
              String by, Instant at) {
        jdbc.sql("""
                INSERT INTO checklist_answer (hospital_code, edition_id, respondent, answers, complete, updated_at, updated_by)
                VALUES (:h, :e, :r, CAST(:a AS jsonb), :c, :t, :b)
                ON CONFLICT (hospital_code, edition_id, respondent) DO UPDATE SET answers = EXCLUDED.answers,
                    complete = EXCLUDED.complete, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
                .param("h", hospitalCode).param("e", edition).param("r", respondent.name()).param("a", write(answers))
                .param("c", complete).param("t", java.sql.Timestamp.from(at)).param("b", by).update();
    }

    static Map<String, Object> json(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answer", a.answer().name());
        m.put("checkedOn", a.checkedOn() == null ? null : a.checkedOn().toString());
        if (a.targetOn() != null) {
            m.put("targetOn", a.targetOn().toString());
        }
        return m;
    }

    private String write(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((k, a) -> out.put(k, json(a)));
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Answer> read(String text) {
        try {
            Map<String, Answer> out = new LinkedHashMap<>();
            JsonNode n = json.readTree(text);
            n.fields().forEachRemaining(f -> out.put(f.getKey(), new Answer(Choice.valueOf(f.getValue().path("answer").asText()),
                    date(f.getValue().get("checkedOn")), date(f.getValue().get("targetOn")))));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored checklist answers unreadable", e);
        }
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
