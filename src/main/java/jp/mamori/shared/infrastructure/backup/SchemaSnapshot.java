package jp.mamori.shared.infrastructure.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schema's tables as the catalog describes them, parents before the tables that reference them. */
final class SchemaSnapshot {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaSnapshot() {
    }

    /** Table name → copied columns (generated columns are computed again on load), in foreign-key order. */
    static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                     ORDER BY c.relname""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(FLYWAY_HISTORY)) {
                    parents.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT child.relname, parent.relname FROM pg_constraint k
                     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                     JOIN pg_namespace n ON n.oid = k.connamespace
                     WHERE k.contype = 'f' AND n.nspname = current_schema()""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        while (ordered.size() < parents.size()) {
            boolean progress = false;
            for (var e : parents.entrySet()) {
                if (!ordered.containsKey(e.getKey()) && ordered.keySet().containsAll(e.getValue())) {
                    ordered.put(e.getKey(), columns(c, e.getKey()));
                    progress = true;
                }
            }
            if (!progress) {
                throw new BackupException("外部キーが循環しているため、テーブルの読み込み順を決められません。 / "
                        + "Foreign keys form a cycle; no load order.");
            }
        }
        return ordered;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The schema version Flyway reached, or null if it never ran. */
    static String flywayVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '"
                     + FLYWAY_HISTORY + "'")) {
            if (!rs.next()) {
                return null;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + FLYWAY_HISTORY
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Sequence name → last value (absent when never used). */
    static Map<String, Long> sequences(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sequencename, last_value FROM pg_sequences "
                     + "WHERE schemaname = current_schema() AND last_value IS NOT NULL ORDER BY sequencename")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    static long rows(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + ident(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaSnapshot::ident).toList());
    }
}
