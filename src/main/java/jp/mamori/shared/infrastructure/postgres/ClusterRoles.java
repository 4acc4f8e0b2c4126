package jp.mamori.shared.infrastructure.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The superuser is used here only: it creates the owner role (Flyway migrates as it) and the app's
 * role (no superuser, no DDL), the database, and hands an older installation's objects to the owner.
 */
final class ClusterRoles {

    private static final String DB = EmbeddedCluster.DATABASE;

    private ClusterRoles() {
    }

    static void ensure(EmbeddedCluster cluster) throws SQLException {
        DbSecrets s = cluster.secrets();
        try (Connection c = cluster.connect("postgres", EmbeddedCluster.SUPERUSER); Statement st = c.createStatement()) {
            role(st, EmbeddedCluster.OWNER, s.owner(), "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            role(st, EmbeddedCluster.APP, s.app(), "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DB)) {
                st.execute("CREATE DATABASE " + DB + " OWNER " + EmbeddedCluster.OWNER
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
            st.execute("ALTER DATABASE " + DB + " OWNER TO " + EmbeddedCluster.OWNER);
            for (String db : List.of(DB, "postgres", "template1")) {
                st.execute("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
            }
            st.execute("GRANT CONNECT ON DATABASE " + DB + " TO " + EmbeddedCluster.APP);
        }
        try (Connection c = cluster.connect(DB, EmbeddedCluster.SUPERUSER); Statement st = c.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + EmbeddedCluster.OWNER);
            st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + EmbeddedCluster.APP);
            handOverToOwner(c, st);
        }
    }

    private static void role(Statement st, String name, String password, String attributes) throws SQLException {
        boolean exists;
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
            exists = rs.next();
        }
        // passwords are [A-Za-z0-9] only (DbSecrets), so they can be inlined
        st.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + name + " LOGIN " + attributes + " PASSWORD '"
                + password + "'");
    }

    /** Tables, sequences and functions a trusting launcher let the superuser create now belong to the owner. */
    private static void handOverToOwner(Connection c, Statement st) throws SQLException {
        List<String> alters = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                      WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, quote_ident(c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                  AND pg_get_userbyid(c.relowner) <> '%s'
                  AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
                           WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
                UNION ALL
                SELECT 'FUNCTION', p.oid::regprocedure::text
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%s'
                """.formatted(EmbeddedCluster.OWNER, EmbeddedCluster.OWNER))) {
            while (rs.next()) {
                alters.add("ALTER " + rs.getString(1) + " " + rs.getString(2) + " OWNER TO " + EmbeddedCluster.OWNER);
            }
        }
        for (String sql : alters) {
            st.execute(sql);
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
