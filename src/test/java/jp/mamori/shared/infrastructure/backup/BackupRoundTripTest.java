package jp.mamori.shared.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jp.mamori.security.Role;
import jp.mamori.shared.infrastructure.MamoriProperties;
import jp.mamori.shared.infrastructure.postgres.ClusterLayout;
import jp.mamori.shared.infrastructure.postgres.EmbeddedCluster;
import jp.mamori.shared.infrastructure.postgres.OwnerOnly;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A backup taken while the app runs restores into a fresh data folder with every row and the key file. */
@IntegrationTest
class BackupRoundTripTest {

    private static final char[] PASSPHRASE = "正しいパスフレーズ-2026-backup".toCharArray();

    @Autowired
    MamoriProperties properties;
    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;

    Path work;

    @BeforeEach
    void setUp() throws Exception {
        work = Path.of("target/test-backup", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(work);
    }

    @Test
    void aBackupTakenWhileTheAppRunsRestoresEveryTableAndTheKey() throws Exception {
        String admin = api.token(Role.MHLW_ADMIN, null);
        programs.create(10, Map.of("13", 3, "27", 2));
        api.put(admin, "/api/v1/hospitals/" + firstHospital(admin) + "/flags",
                Map.of("disasterBase", true, "acuteCare", false, "emergency", false));
        byte[] key = documentKey();

        Path file = work.resolve("mamori.backup");
        Backups.backup(properties, file, PASSPHRASE);
        Map<String, String> before;
        try (EmbeddedCluster running = EmbeddedCluster.attach(properties.clusterLayout()).orElseThrow();
             Connection c = running.connect(EmbeddedCluster.DATABASE, EmbeddedCluster.OWNER)) {
            before = fingerprints(c);
        }
        assertThat(before).containsKeys("audit_event", "hospital", "program", "app_user");
        assertThat(before.get("hospital")).doesNotStartWith("0 ");

        MamoriProperties target = elsewhere(work.resolve("restored"));
        Backups.restore(target, file, PASSPHRASE);

        try (EmbeddedCluster restored = EmbeddedCluster.start(target.clusterLayout());
             Connection c = restored.connect(EmbeddedCluster.DATABASE, EmbeddedCluster.APP)) {
            assertThat(fingerprints(c)).isEqualTo(before);
            assertThat(schemaVersion(c)).isNotBlank();
        }
        assertThat(Files.readAllBytes(target.clusterLayout().secrets().resolve("file.key"))).isEqualTo(key);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target.clusterLayout().secrets().resolve("file.key")))).isEqualTo("rw-------");
    }

    @Test
    void aWrongPassphraseADamagedOrACutFileIsRefusedAndNothingIsWritten() throws Exception {
        programs.create(10, Map.of("13", 3));
        documentKey();
        Path file = work.resolve("mamori.backup");
        Backups.backup(properties, file, PASSPHRASE);
        byte[] good = Files.readAllBytes(file);

        assertRefused(file, "違うパスフレーズですよ-2026".toCharArray(), "パスフレーズが違います");

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x01;
        Path tampered = work.resolve("tampered.backup");
        Files.write(tampered, flipped);
        assertRefused(tampered, PASSPHRASE, "改ざん");

        Path cut = work.resolve("cut.backup");
        Files.write(cut, java.util.Arrays.copyOf(good, good.length - 100));
        assertRefused(cut, PASSPHRASE, "途中で切れている");

        // cut exactly at a chunk boundary: every remaining chunk is intact, only the last-chunk flag tells
        int header = 8 + 1 + 12 + 16 + 7 + 4 + 32;
        assertThat(good.length).isGreaterThan(header + 2 * (BackupCipher.CHUNK + 16));
        Path boundary = work.resolve("boundary.backup");
        Files.write(boundary, java.util.Arrays.copyOf(good, header + BackupCipher.CHUNK + 16));
        assertRefused(boundary, PASSPHRASE, "途中で切れている");

        assertThatThrownBy(() -> Backups.backup(properties, work.resolve("short.backup"), "too-short".toCharArray()))
                .isInstanceOf(BackupException.class).hasMessageContaining("12文字以上");
    }

    /** An external server: the app's user is not the migration user, which grants it what the embedded setup does. */
    @Test
    void restoresIntoAnEmptyExternalDatabaseAsTheMigrationUser() throws Exception {
        programs.create(10, Map.of("13", 3));
        documentKey();
        Path file = work.resolve("mamori.backup");
        Backups.backup(properties, file, PASSPHRASE);
        Map<String, String> before;
        try (EmbeddedCluster running = EmbeddedCluster.attach(properties.clusterLayout()).orElseThrow();
             Connection c = running.connect(EmbeddedCluster.DATABASE, EmbeddedCluster.OWNER)) {
            before = fingerprints(c);
        }
        try (EmbeddedCluster server = EmbeddedCluster.start(new ClusterLayout(work.resolve("server"), properties.db().binaries()))) {
            try (Connection su = server.connect("postgres", EmbeddedCluster.SUPERUSER); Statement st = su.createStatement()) {
                st.execute("CREATE ROLE ext_owner LOGIN PASSWORD 'owner-secret-2026'");
                st.execute("CREATE ROLE ext_app LOGIN PASSWORD 'app-secret-2026'");
                st.execute("CREATE DATABASE ext OWNER ext_owner");
            }
            try (Connection su = server.connect("ext", EmbeddedCluster.SUPERUSER); Statement st = su.createStatement()) {
                st.execute("ALTER SCHEMA public OWNER TO ext_owner");
            }
            String url = server.jdbcUrl("ext");
            MamoriProperties external = new MamoriProperties(work.resolve("external-data"), false, null,
                    new MamoriProperties.Db(url, "ext_app", "app-secret-2026", "ext_owner", "owner-secret-2026",
                            properties.db().binaries()), properties.security());

            Backups.restore(external, file, PASSPHRASE);

            try (Connection app = java.sql.DriverManager.getConnection(url, "ext_app", "app-secret-2026");
                 Statement st = app.createStatement()) {
                assertThat(fingerprints(app)).isEqualTo(before);
                st.execute("INSERT INTO audit_event (actor, action) VALUES ('test', 'TEST_EXTERNAL')");
                assertThatThrownBy(() -> st.execute("DELETE FROM audit_event")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.execute("ALTER TABLE audit_event DISABLE TRIGGER ALL"))
                        .hasMessageContaining("must be owner");
            }
            assertThat(Files.readAllBytes(external.clusterLayout().secrets().resolve("file.key"))).isEqualTo(documentKey());
            assertThatThrownBy(() -> Backups.restore(elsewhereWith(external, work.resolve("again")), file, PASSPHRASE))
                    .isInstanceOf(BackupException.class).hasMessageContaining("スキーマが空ではありません");
        }
    }

    private static MamoriProperties elsewhereWith(MamoriProperties p, Path dataDir) {
        return new MamoriProperties(dataDir, false, null, p.db(), p.security());
    }

    @Test
    void aBackupFromANewerSchemaIsRefusedAndTheDataFolderStaysEmpty() throws Exception {
        Path file = work.resolve("newer.backup");
        try (var out = BackupCipher.encrypt(Files.newOutputStream(file), PASSPHRASE);
             var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(Manifest.ENTRY));
            Manifest.of(java.time.Instant.now(), "999", Map.of(), Map.of(), List.of()).writeTo(zip);
            zip.closeEntry();
        }
        MamoriProperties target = elsewhere(work.resolve("newer"));
        assertThatThrownBy(() -> Backups.restore(target, file, PASSPHRASE))
                .isInstanceOf(BackupException.class).hasMessageContaining("999").hasMessageContaining("何も復元していません");
        assertThat(target.clusterLayout().pg()).doesNotExist();
        assertThat(target.clusterLayout().dbSecrets()).doesNotExist();
        assertThat(target.clusterLayout().secrets()).doesNotExist();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws Exception {
        Path file = work.resolve("mamori.backup");
        Backups.backup(properties, file, PASSPHRASE);
        assertThatThrownBy(() -> Backups.restore(properties, file, PASSPHRASE))
                .isInstanceOf(BackupException.class).hasMessageContaining("空ではありません");
    }

    private void assertRefused(Path file, char[] passphrase, String message) throws Exception {
        Path dir = work.resolve("refused-" + UUID.randomUUID());
        assertThatThrownBy(() -> Backups.restore(elsewhere(dir), file, passphrase))
                .isInstanceOf(BackupException.class).hasMessageContaining(message).hasMessageContaining("何も復元していません");
        assertThat(dir).doesNotExist();
    }

    private String firstHospital(String token) {
        return api.get(token, "/api/v1/hospitals?prefectureCode=13&size=1").json().get("hospitals").get(0)
                .get("hospitalCode").asText();
    }

    /** The document key the app keeps under its secrets folder (created here if the app has none yet). */
    private byte[] documentKey() throws Exception {
        Path secrets = properties.clusterLayout().secrets();
        Path key = secrets.resolve("file.key");
        if (!Files.exists(key)) {
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            OwnerOnly.directory(secrets);
            OwnerOnly.write(key, k);
        }
        return Files.readAllBytes(key);
    }

    private MamoriProperties elsewhere(Path dataDir) {
        MamoriProperties.Db db = properties.db();
        return new MamoriProperties(dataDir, false, null, db, properties.security());
    }

    /** Table → "rows md5" of its rows in a fixed order (Flyway's history differs by its timestamps). */
    private static Map<String, String> fingerprints(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                     + "AND tablename <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> result = new TreeMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '')"
                         + " FROM \"" + t + "\" r")) {
                rs.next();
                result.put(t, rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return result;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(version) FROM flyway_schema_history")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
