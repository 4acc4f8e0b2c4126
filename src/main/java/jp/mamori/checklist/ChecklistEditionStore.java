package jp.mamori.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editions as stored: the items as one JSON list in the API's item shape. */
@Repository
class ChecklistEditionStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ChecklistEditionStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Edition> all() {
        return jdbc.sql("SELECT id, kind, fiscal_year, title, items::text AS items FROM checklist_edition ORDER BY kind DESC, fiscal_year, id")
                .query((rs, n) -> new Edition(rs.getString("id"), EditionKind.valueOf(rs.getString("kind")), rs.getInt("fiscal_year"),
                        rs.getString("title"), items(rs.getString("items"))))
                .list();
    }

    Optional<Edition> find(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    boolean insertIfAbsent(Edition e, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO checklist_edition (id, kind, fiscal_year, title, items, loaded_at, loaded_by)
                VALUES (:id, :k, :y, :t, CAST(:i AS jsonb), :at, :by) ON CONFLICT (id) DO NOTHING""")
                .param("id", e.id()).param("k", e.kind().name()).param("y", e.fiscalYear()).param("t", e.title())
                .param("i", write(e)).param("at", java.sql.Timestamp.from(at)).param("by", by).update() == 1;
    }

    void save(Edition e, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO checklist_edition (id, kind, fiscal_year, title, items, loaded_at, loaded_by)
                VALUES (:id, :k, :y, :t, CAST(:i AS jsonb), :at, :by)
                ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, fiscal_year = EXCLUDED.fiscal_year, title = EXCLUDED.title,
                    items = EXCLUDED.items, loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by""")
                .param("id", e.id()).param("k", e.kind().name()).param("y", e.fiscalYear()).param("t", e.title())
                .param("i", write(e)).param("at", java.sql.Timestamp.from(at)).param("by", by).update();
    }

    private String write(Edition e) {
        try {
            return json.writeValueAsString(EditionJson.items(e.items()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private List<jp.mamori.checklist.domain.ChecklistItem> items(String text) {
        try {
            return EditionJson.readItems(json.readTree(text));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored checklist items unreadable", ex);
        }
    }
}
