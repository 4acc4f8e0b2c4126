package jp.mamori.shared.infrastructure.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jp.mamori.shared.infrastructure.postgres.PostgresBinaries;
import jp.mamori.shared.infrastructure.DbLogin;
import jp.mamori.shared.infrastructure.MamoriProperties;
import jp.mamori.shared.infrastructure.postgres.ClusterLayout;
import jp.mamori.shared.infrastructure.postgres.DatabaseGrants;
import jp.mamori.shared.infrastructure.postgres.EmbeddedCluster;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of Mamori itself, with the same settings as the app (MAMORI_DATA_DIR,
 * MAMORI_DB_URL, ...): all data in one consistent snapshot plus the secret files (the document key),
 * encrypted with the operator's passphrase.
 */
public final class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /** Writes the backup to {@code file} (owner-only, never over an existing file); works while the app runs. */
    public static void backup(MamoriProperties properties, Path file, char[] passphrase) throws IOException, SQLException {
        Passphrase.validate(passphrase);
        if (Files.exists(file)) {
            throw new BackupException(file + " は既にあります。別のファイル名を指定してください。 / " + file + " exists.");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "." + file.getFileName() + ".", ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Database db = Database.forBackup(properties)) {
            Manifest m;
            try (OutputStream out = BackupCipher.encrypt(new BufferedOutputStream(Files.newOutputStream(partial)), passphrase);
                 Connection c = db.connect()) {
                m = BackupWriter.write(c, properties.clusterLayout().secrets(), out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup written to {}: {} tables, {} rows, schema version {}, {} secret file(s)", file,
                    m.tables().size(), m.rows().values().stream().mapToLong(Long::longValue).sum(), m.flywayVersion(),
                    m.secrets().size());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Restores into an empty data folder (a new embedded cluster with new passwords) or into an external
     * database whose schema is empty; the whole file is checked first, so a wrong passphrase or a damaged
     * file leaves everything as it was.
     */
    public static void restore(MamoriProperties properties, Path file, char[] passphrase) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new BackupException(file + " が見つかりません。 / " + file + " not found.");
        }
        ClusterLayout layout = properties.clusterLayout();
        requireEmpty(layout.secrets(), "秘密情報のフォルダ");
        if (properties.db().external()) {
            requireEmptySchema(DbLogin.migration(properties, null));
        } else {
            requireEmpty(layout.pg(), "データフォルダ");
        }
        Manifest manifest;
        try (InputStream in = open(file, passphrase)) {
            manifest = BackupRestorer.verify(in);
        }
        if (manifest.flywayVersion() == null) {
            throw new BackupException(BackupCipher.DAMAGED);
        }
        boolean newCluster = !properties.db().external();
        boolean hadDbSecrets = Files.exists(layout.dbSecrets());
        try {
            load(properties, file, passphrase, manifest);
        } catch (IOException | SQLException | RuntimeException e) {
            if (newCluster) {
                // the data folder was empty before: leave it so, ready for the next attempt
                PostgresBinaries.deleteTree(layout.pg());
                PostgresBinaries.deleteTree(layout.socketDir());
                if (!hadDbSecrets) {
                    PostgresBinaries.deleteTree(layout.dbSecrets());
                }
            }
            throw e;
        }
        try (InputStream in = open(file, passphrase)) {
            BackupRestorer.writeSecrets(in, layout.secrets());
        }
        log.info("Restored {} ({}): {} tables, {} secret file(s); the app migrates further on its next start", file,
                manifest.createdAt(), manifest.tables().size(), manifest.secrets().size());
    }

    private static void load(MamoriProperties properties, Path file, char[] passphrase, Manifest manifest)
            throws IOException, SQLException {
        try (Database db = Database.forRestore(properties)) {
            DbLogin migration = db.migration();
            try {
                Flyway.configure().dataSource(migration.url(), migration.user(), migration.password())
                        .locations("classpath:db/migration").target(manifest.flywayVersion()).load().migrate();
            } catch (FlywayException e) {
                throw new BackupException("このバックアップのスキーマ版 " + manifest.flywayVersion() + " までデータベースを作れません"
                        + "（" + e.getMessage() + "）。バックアップを作成した版以降の Mamori で復元してください。何も復元していません。"
                        + " / Cannot migrate to the backup's schema version.", e);
            }
            try (Connection c = db.connect()) {
                String reached = SchemaSnapshot.flywayVersion(c);
                if (!manifest.flywayVersion().equals(reached)) {
                    throw new BackupException("このバックアップはスキーマ版 " + manifest.flywayVersion() + " ですが、この Mamori は "
                            + reached + " までしか知りません。新しい版の Mamori で復元してください。 / Backup is newer than this Mamori.");
                }
                try (InputStream in = open(file, passphrase)) {
                    BackupRestorer.load(c, in, manifest);
                }
                if (!migration.user().equals(db.app().user())) {
                    DatabaseGrants.apply(c, db.app().user());
                }
            }
        }
    }

    static boolean isSecretName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    }

    private static InputStream open(Path file, char[] passphrase) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return BackupCipher.decrypt(raw, passphrase);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static void requireEmpty(Path dir, String what) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(what + " " + dir + " が空ではありません。復元は空のフォルダにだけ行います。何も変更して"
                        + "いません。 / " + dir + " is not empty; nothing was changed.");
            }
        }
    }

    private static void requireEmptySchema(DbLogin login) throws SQLException {
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), login.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S')""")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new BackupException("復元先のデータベース（" + login.url() + "）のスキーマが空ではありません（" + rs.getLong(1)
                        + " 個のテーブルなど）。空のデータベースを用意してください。何も変更していません。 / The target schema is "
                        + "not empty; nothing was changed.");
            }
        }
    }

    /** The database to read or fill, and the embedded server started for it (stopped again at close). */
    private record Database(DbLogin migration, DbLogin app, Optional<EmbeddedCluster> startedHere) implements AutoCloseable {

        static Database forBackup(MamoriProperties p) throws IOException {
            if (p.db().external()) {
                return new Database(DbLogin.migration(p, null), DbLogin.app(p, null), Optional.empty());
            }
            ClusterLayout layout = p.clusterLayout();
            Optional<EmbeddedCluster> running = EmbeddedCluster.attach(layout);
            if (running.isPresent()) {
                return of(p, running.get(), false);
            }
            if (!Files.exists(layout.pg().resolve("PG_VERSION"))) {
                throw new BackupException(layout.pg() + " にデータベースがありません。MAMORI_DATA_DIR を確認してください。 / "
                        + "No database under " + layout.pg() + ".");
            }
            return of(p, EmbeddedCluster.start(layout), true);
        }

        static Database forRestore(MamoriProperties p) throws IOException {
            if (p.db().external()) {
                return new Database(DbLogin.migration(p, null), DbLogin.app(p, null), Optional.empty());
            }
            return of(p, EmbeddedCluster.start(p.clusterLayout()), true);
        }

        private static Database of(MamoriProperties p, EmbeddedCluster cluster, boolean started) {
            return new Database(DbLogin.migration(p, cluster), DbLogin.app(p, cluster),
                    started ? Optional.of(cluster) : Optional.empty());
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(migration.url(), migration.user(), migration.password());
        }

        @Override
        public void close() throws IOException {
            if (startedHere.isPresent()) {
                startedHere.get().close();
            }
        }
    }
}
