package jp.mamori.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import jp.mamori.shared.infrastructure.postgres.ClusterLayout;
import jp.mamori.shared.infrastructure.postgres.EmbeddedCluster;
import jp.mamori.shared.infrastructure.postgres.PgWire;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database promises of the README, read back from the running embedded server. */
@IntegrationTest
class DatabaseSecurityTest {

    private static final int SASL = 10;
    private static final int OK = 0;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseConfig.EmbeddedDatabase embedded;
    @Autowired
    MamoriProperties properties;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void confirmedWritesReachTheDisk(String setting) {
        assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).isEqualTo("on");
    }

    @ParameterizedTest
    @ValueSource(strings = {EmbeddedCluster.SUPERUSER, EmbeddedCluster.OWNER, EmbeddedCluster.APP})
    void tcpWithoutThePasswordIsRefused(String role) throws Exception {
        int port = embedded.cluster().port();
        try (SocketChannel tcp = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
            assertThat(PgWire.authenticationRequest(tcp, role)).isEqualTo(SASL).isNotEqualTo(OK);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(embedded.cluster().jdbcUrl("postgres"), role, "wrong"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {EmbeddedCluster.SUPERUSER, EmbeddedCluster.APP})
    void theSocketAsksForThePasswordToo(String role) throws Exception {
        Path socket = layout().socketDir().resolve(".s.PGSQL." + embedded.cluster().port());
        assertThat(socket).exists();
        try (SocketChannel unix = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            unix.connect(UnixDomainSocketAddress.of(socket));
            assertThat(PgWire.authenticationRequest(unix, role)).isEqualTo(SASL).isNotEqualTo(OK);
        }
    }

    @Test
    void noSocketInTmpAndEverySecretOwnerOnly() throws Exception {
        assertThat(Path.of("/tmp/.s.PGSQL." + embedded.cluster().port())).doesNotExist();
        assertThat(Path.of("/tmp/.s.PGSQL." + embedded.cluster().port() + ".lock")).doesNotExist();
        ClusterLayout layout = layout();
        assertThat(mode(layout.socketDir())).isEqualTo("rwx------");
        assertThat(mode(layout.dbSecrets())).isEqualTo("rwx------");
        assertThat(mode(layout.dbSecrets().resolve("passwords.properties"))).isEqualTo("rw-------");
        assertThat(mode(layout.pg())).isEqualTo("rwx------");
    }

    @Test
    void theAppIsNoSuperuserAndCannotRunPrograms() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(EmbeddedCluster.APP);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SHOW is_superuser").query(String.class).single()).isEqualTo("off");
        assertRefused("COPY (SELECT 1) TO PROGRAM 'true'", "permission denied");
        assertRefused("CREATE TABLE intruder (id int)", "permission denied");
    }

    @Test
    void theAppMayOnlyAppendToTheAuditTrail() {
        jdbc.sql("INSERT INTO audit_event (actor, action) VALUES ('test', 'TEST_PRIVILEGE')").update();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'TEST_PRIVILEGE'").query(Long.class)
                .single()).isPositive();
        assertRefused("UPDATE audit_event SET actor = 'x' WHERE action = 'TEST_PRIVILEGE'", "permission denied");
        assertRefused("DELETE FROM audit_event WHERE action = 'TEST_PRIVILEGE'", "permission denied");
        assertRefused("TRUNCATE audit_event", "permission denied");
        assertRefused("ALTER TABLE audit_event DISABLE TRIGGER ALL", "must be owner");
        assertRefused("DROP TRIGGER audit_event_no_update_or_delete ON audit_event", "must be owner");
        assertRefused("DELETE FROM flyway_schema_history", "permission denied");
    }

    private void assertRefused(String sql, String reason) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.getMostSpecificCause().getMessage()).contains(reason));
    }

    private ClusterLayout layout() {
        return properties.clusterLayout();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
