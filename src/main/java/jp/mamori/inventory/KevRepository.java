package jp.mamori.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.inventory.domain.KevEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code kev_load}, {@code kev_entry}, {@code kev_alias}, {@code kev_stamp}; every call joins the caller's transaction. */
@Repository
class KevRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    KevRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One catalogue or alias change at a time across every instance; released when the transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('mamori:kev'))").query(Object.class).single();
    }

    long stamp() {
        return jdbc.sql("SELECT version FROM kev_stamp WHERE id = 1").query(Long.class).single();
    }

    void bumpStamp() {
        jdbc.sql("UPDATE kev_stamp SET version = version + 1 WHERE id = 1").update();
    }

    Optional<KevLoad> latestLoad() {
        return jdbc.sql("""
                SELECT id, catalog_version, date_released, entry_count, loaded_at, loaded_by, source, new_suggestions
                FROM kev_load ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new KevLoad(rs.getLong("id"), rs.getString("catalog_version"),
                        rs.getTimestamp("date_released").toInstant(), rs.getInt("entry_count"),
                        rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"), rs.getString("source"),
                        rs.getInt("new_suggestions")))
                .optional();
    }

    long insertLoad(KevCatalogueFile.Catalogue c, Instant at, String by, String source) {
        return jdbc.sql("""
                INSERT INTO kev_load (catalog_version, date_released, entry_count, loaded_at, loaded_by, source)
                VALUES (:v, :d, :n, :at, :by, :src) RETURNING id""")
                .param("v", c.catalogVersion()).param("d", Timestamp.from(c.dateReleased())).param("n", c.count())
                .param("at", Timestamp.from(at)).param("by", by).param("src", source)
                .query(Long.class).single();
    }

    void recordSuggestions(long loadId, int n) {
        jdbc.sql("UPDATE kev_load SET new_suggestions = :n WHERE id = :id").param("n", n).param("id", loadId).update();
    }

    void replaceEntries(List<KevCatalogueFile.Row> rows) {
        jdbc.sql("DELETE FROM kev_entry").update();
        List<Object[]> args = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            KevCatalogueFile.Row r = rows.get(i);
            KevEntry e = r.entry();
            args.add(new Object[] {e.cveId(), i, e.vendorProject(), e.product(), e.vulnerabilityName(),
                    java.sql.Date.valueOf(e.dateAdded()), r.shortDescription(), e.requiredAction(),
                    java.sql.Date.valueOf(r.dueDate()), e.knownRansomware(), r.notes()});
        }
        batch.batchUpdate("""
                INSERT INTO kev_entry (cve_id, position, vendor_project, product, vulnerability_name, date_added,
                                       short_description, required_action, due_date, known_ransomware, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
    }

    List<KevEntry> entries() {
        return jdbc.sql("""
                SELECT cve_id, vendor_project, product, vulnerability_name, date_added, known_ransomware, required_action
                FROM kev_entry ORDER BY position""")
                .query((rs, n) -> new KevEntry(rs.getString("cve_id"), rs.getString("vendor_project"),
                        rs.getString("product"), rs.getString("vulnerability_name"),
                        rs.getDate("date_added").toLocalDate(), rs.getBoolean("known_ransomware"),
                        rs.getString("required_action")))
                .list();
    }

    /** Shipped ones first, each origin in the order written. */
    List<KevAlias> aliases() {
        return jdbc.sql("""
                SELECT origin, from_vendor, from_product, to_vendor, to_product FROM kev_alias
                ORDER BY CASE origin WHEN 'SHIPPED' THEN 0 ELSE 1 END, position""")
                .query((rs, n) -> new KevAlias(new KevAlias.Side(rs.getString("from_vendor"), rs.getString("from_product")),
                        new KevAlias.Side(rs.getString("to_vendor"), rs.getString("to_product")),
                        KevAlias.Origin.valueOf(rs.getString("origin"))))
                .list();
    }

    void replaceAliases(KevAlias.Origin origin, List<KevAlias> aliases, String by, Instant at) {
        jdbc.sql("DELETE FROM kev_alias WHERE origin = :o").param("o", origin.name()).update();
        for (int i = 0; i < aliases.size(); i++) {
            KevAlias a = aliases.get(i);
            jdbc.sql("""
                    INSERT INTO kev_alias (origin, position, from_vendor, from_product, to_vendor, to_product, changed_by, changed_at)
                    VALUES (:o, :p, :fv, :fp, :tv, :tp, :by, :at)""")
                    .param("o", origin.name()).param("p", i + 1)
                    .param("fv", a.from().vendor()).param("fp", a.from().product())
                    .param("tv", a.to().vendor()).param("tp", a.to().product())
                    .param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    /** A stored load: the catalogue's header and who loaded it, with what the rematch raised. */
    record KevLoad(long id, String catalogVersion, Instant dateReleased, int count, Instant loadedAt, String loadedBy,
                   String source, int newSuggestions) {
    }
}
