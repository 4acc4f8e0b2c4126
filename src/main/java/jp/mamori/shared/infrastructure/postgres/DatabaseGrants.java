package jp.mamori.shared.infrastructure.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the app's role may do, applied by the owner after every migration so tables added later are
 * covered too: read and write the app's tables, but only read and append the audit trail, and no DDL.
 */
public final class DatabaseGrants {

    private DatabaseGrants() {
    }

    /** {@code owner} is a connection of the role that owns the schema; {@code appRole} must differ from it. */
    public static void apply(Connection owner, String appRole) throws SQLException {
        String app = quoteIdent(appRole);
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement st = owner.createStatement()) {
            st.execute("GRANT USAGE ON SCHEMA public TO " + app);
            st.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + app);
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + app);
            st.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + app);
            if (tableExists(st, "audit_event")) {
                st.execute("REVOKE UPDATE, DELETE ON audit_event FROM " + app);
            }
            if (tableExists(st, "flyway_schema_history")) {
                st.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + app);
            }
            st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + app);
            st.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + app);
            owner.commit();
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    private static boolean tableExists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '"
                + table + "'")) {
            return rs.next();
        }
    }

    static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
