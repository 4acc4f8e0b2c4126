package jp.mamori.survey.document;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * mamori.documents.*: the size limit, the master key (MAMORI_FILE_KEY; empty means the key file under
 * MAMORI_DATA_DIR) and the optional clamd scanner (MAMORI_CLAMAV_HOST / MAMORI_CLAMAV_PORT).
 */
@ConfigurationProperties(prefix = "mamori.documents")
public record DocumentSettings(
        @DefaultValue("25MB") DataSize maxSize,
        String fileKey,
        @DefaultValue Clamav clamav) {

    public record Clamav(
            String host,
            @DefaultValue("3310") int port,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("60s") Duration readTimeout) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }
}
