package jp.mamori.shared.infrastructure.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** An installation whose cluster zonky created (trust for everyone) keeps its data and loses the trust. */
class TrustClusterConversionTest {

    @Test
    void aTrustingClusterIsConvertedAndKeepsItsRows() throws Exception {
        Path dataDir = Path.of("target/test-pg", UUID.randomUUID().toString()).toAbsolutePath();
        Path pg = dataDir.resolve("pg");
        Files.createDirectories(pg);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pg).setCleanDataDirectory(false).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE mamori ENCODING 'UTF8' TEMPLATE template0");
            }
            try (Connection c = old.getDatabase("postgres", "mamori").getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE hospital_note (id BIGSERIAL PRIMARY KEY, note TEXT NOT NULL)");
                s.execute("INSERT INTO hospital_note (note) VALUES ('守り')");
            }
        }
        assertThat(TrustCluster.isTrusting(pg)).isTrue();

        try (EmbeddedCluster cluster = EmbeddedCluster.start(new ClusterLayout(dataDir, Path.of("target/pg-binaries")))) {
            assertThat(TrustCluster.isTrusting(pg)).isFalse();
            try (Connection owner = cluster.connect(EmbeddedCluster.DATABASE, EmbeddedCluster.OWNER)) {
                DatabaseGrants.apply(owner, EmbeddedCluster.APP);
            }
            try (Connection app = cluster.connect(EmbeddedCluster.DATABASE, EmbeddedCluster.APP);
                 Statement s = app.createStatement();
                 ResultSet rs = s.executeQuery("SELECT note, pg_get_userbyid(relowner) FROM hospital_note, pg_class "
                         + "WHERE relname = 'hospital_note'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("守り");
                assertThat(rs.getString(2)).isEqualTo(EmbeddedCluster.OWNER);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
        }
    }
}
