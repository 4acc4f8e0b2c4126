package jp.mamori.shared.infrastructure;

import java.nio.file.Path;
import java.time.Duration;

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

    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Security(
            @DefaultValue("8h") Duration tokenTtl,
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockout) {
    }
}
