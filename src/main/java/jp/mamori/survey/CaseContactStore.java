package jp.mamori.survey;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.shared.Contact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts stored with a case; empty while nobody has edited them (the nomination's stand in). */
@Repository
class CaseContactStore {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseContactStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<List<Contact>> stored(long caseId) {
        return jdbc.sql("SELECT contacts::text FROM survey_case WHERE id = :id AND contacts IS NOT NULL")
                .param("id", caseId).query(String.class).optional().map(this::read);
    }

    boolean save(long caseId, int version, List<Contact> contacts) {
        try {
            return jdbc.sql("UPDATE survey_case SET contacts = CAST(:c AS jsonb), version = version + 1 WHERE id = :id AND version = :v")
                    .param("c", json.writeValueAsString(contacts)).param("id", caseId).param("v", version).update() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Contact> read(String text) {
        try {
            return json.readValue(text, CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey_case.contacts is not a contact list", e);
        }
    }
}
