package jp.mamori.shared.infrastructure;

import jp.mamori.shared.infrastructure.postgres.EmbeddedCluster;

/** One way into the database: the app's at run time, the owner's (or migration user's) for schema changes. */
public record DbLogin(String url, String user, String password) {

    /** The role the running app uses: never a superuser, never the schema's owner on the embedded server. */
    public static DbLogin app(MamoriProperties properties, EmbeddedCluster cluster) {
        if (cluster == null) {
            MamoriProperties.Db db = properties.db();
            return new DbLogin(db.url(), db.user(), db.password());
        }
        return new DbLogin(cluster.jdbcUrl(EmbeddedCluster.DATABASE), EmbeddedCluster.APP, cluster.secrets().app());
    }

    /** The role that migrates (and backs up, restores): MAMORI_DB_MIGRATION_USER if set, else the app's. */
    public static DbLogin migration(MamoriProperties properties, EmbeddedCluster cluster) {
        if (cluster == null) {
            MamoriProperties.Db db = properties.db();
            return db.separateMigrationUser()
                    ? new DbLogin(db.url(), db.migrationUser(), db.migrationPassword())
                    : new DbLogin(db.url(), db.user(), db.password());
        }
        return new DbLogin(cluster.jdbcUrl(EmbeddedCluster.DATABASE), EmbeddedCluster.OWNER, cluster.secrets().owner());
    }

    @Override
    public String toString() {
        return "DbLogin[" + url + ", " + user + "]";
    }
}
