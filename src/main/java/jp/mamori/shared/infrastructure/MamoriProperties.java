package jp.mamori.shared.infrastructure;

import java.nio.file.Path;
import java.time.Duration;

import jp.mamori.shared.infrastructure.postgres.ClusterLayout;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings from the environment (see the README: MAMORI_DATA_DIR, MAMORI_DB_URL, ...). */
@ConfigurationProperties(prefix = "mamori")
public record MamoriProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        String adminPassword,
        @DefaultValue Db db,
        @DefaultValue Security security) {

    /**
     * {@code binaries}: where the embedded server's programs are unpacked (default under the data
     * folder; tests share one directory so each context does not unpack again).
     */
    public record Db(String url, String user, String password, String migrationUser, String migrationPassword,
                     Path binaries) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        public boolean separateMigrationUser() {
            return migrationUser != null && !migrationUser.isBlank() && !migrationUser.equals(user);
        }
    }

    public record Security(
            @DefaultValue("8h") Duration tokenTtl,
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockout) {
    }

    public ClusterLayout clusterLayout() {
        return new ClusterLayout(dataDir, db.binaries());
    }
}
