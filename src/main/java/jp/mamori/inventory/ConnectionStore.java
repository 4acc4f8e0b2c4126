package jp.mamori.inventory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConnectionStore {

    /** Case ids per batch read, well under PostgreSQL's limit of bind parameters. */
    static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    ConnectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredConnection> ofCase(long caseId) {
        return jdbc.sql("SELECT * FROM connection_point WHERE case_id = :c ORDER BY id").param("c", caseId).query(this::map).list();
    }

    /** The points of many cases at once, by case, each case's in id order. */
    java.util.Map<Long, List<StoredConnection>> ofCases(java.util.Collection<Long> caseIds) {
        java.util.Map<Long, List<StoredConnection>> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT * FROM connection_point WHERE case_id IN (:c) ORDER BY case_id, id")
                    .param("c", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(this::map).list()
                    .forEach(s -> out.computeIfAbsent(s.point().caseId(), k -> new java.util.ArrayList<>()).add(s));
        }
        return out;
    }

    Optional<StoredConnection> find(long caseId, long id) {
        return jdbc.sql("SELECT * FROM connection_point WHERE case_id = :c AND id = :id").param("c", caseId).param("id", id)
                .query(this::map).optional();
    }

    long insert(ConnectionPoint p, String by, Instant at) {
        return bind(jdbc.sql("""
                INSERT INTO connection_point (case_id, purpose, counterpart, system, line, device_vendor, device_product,
                  device_version, device_address, always_on, opened_by, authentication, source_restricted, logging,
                  log_reviewed, last_patched_on, known_before, status, note, created_at, created_by, updated_at, updated_by)
                VALUES (:case, :purpose, :counterpart, :system, :line, :vendor, :product, :version, :address, :alwaysOn,
                  :openedBy, :authentication, :sourceRestricted, :logging, :logReviewed, :lastPatchedOn, :knownBefore,
                  :status, :note, :at, :by, :at, :by) RETURNING id"""), p)
                .param("case", p.caseId()).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    /** Optimistic: false when the row is no longer at {@code version}. */
    boolean update(ConnectionPoint p, int version, String by, Instant at) {
        return bind(jdbc.sql("""
                UPDATE connection_point SET purpose = :purpose, counterpart = :counterpart, system = :system, line = :line,
                  device_vendor = :vendor, device_product = :product, device_version = :version, device_address = :address,
                  always_on = :alwaysOn, opened_by = :openedBy, authentication = :authentication,
                  source_restricted = :sourceRestricted, logging = :logging, log_reviewed = :logReviewed,
                  last_patched_on = :lastPatchedOn, known_before = :knownBefore, status = :status, note = :note,
                  version = version + 1, updated_at = :at, updated_by = :by
                 WHERE id = :id AND case_id = :case AND version = :v"""), p)
                .param("id", p.id()).param("case", p.caseId()).param("v", version)
                .param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    boolean delete(long caseId, long id, int version) {
        return jdbc.sql("DELETE FROM connection_point WHERE case_id = :c AND id = :id AND version = :v")
                .param("c", caseId).param("id", id).param("v", version).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, ConnectionPoint p) {
        return s.param("purpose", name(p.purpose())).param("counterpart", p.counterpart()).param("system", p.system())
                .param("line", name(p.line())).param("vendor", p.device().vendor()).param("product", p.device().product())
                .param("version", p.device().version()).param("address", p.device().address())
                .param("alwaysOn", p.alwaysOn()).param("openedBy", p.openedBy()).param("authentication", name(p.authentication()))
                .param("sourceRestricted", p.sourceRestricted()).param("logging", p.logging()).param("logReviewed", p.logReviewed())
                .param("lastPatchedOn", p.lastPatchedOn() == null ? null : Date.valueOf(p.lastPatchedOn()))
                .param("knownBefore", p.knownBefore()).param("status", name(p.status())).param("note", p.note());
    }

    private StoredConnection map(ResultSet rs, int row) throws SQLException {
        Date patched = rs.getDate("last_patched_on");
        ConnectionPoint p = new ConnectionPoint(rs.getLong("id"), rs.getLong("case_id"), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("counterpart"), rs.getString("system"), value(Line.class, rs.getString("line")),
                new Device(rs.getString("device_vendor"), rs.getString("device_product"), rs.getString("device_version"),
                        rs.getString("device_address")),
                bool(rs, "always_on"), rs.getString("opened_by"), value(Authentication.class, rs.getString("authentication")),
                bool(rs, "source_restricted"), bool(rs, "logging"), bool(rs, "log_reviewed"),
                patched == null ? null : patched.toLocalDate(), bool(rs, "known_before"),
                PointStatus.valueOf(rs.getString("status")), rs.getString("note"));
        return new StoredConnection(p, rs.getInt("version"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
