package jp.mamori.shared.infrastructure.postgres;

import java.nio.file.Path;

/**
 * Where the embedded server keeps what under the data folder. {@code secrets} (document keys, part of
 * every backup) is separate from {@code dbSecrets} (the server's passwords, created anew by a restore).
 */
public record ClusterLayout(Path dataDir, Path binariesCache) {

    public ClusterLayout {
        dataDir = dataDir.toAbsolutePath().normalize();
        binariesCache = binariesCache == null ? dataDir.resolve("pg-bin") : binariesCache.toAbsolutePath().normalize();
    }

    public Path pg() {
        return dataDir.resolve("pg");
    }

    public Path socketDir() {
        return dataDir.resolve("pg-socket");
    }

    public Path dbSecrets() {
        return dataDir.resolve("db-secrets");
    }

    /** Files the app keeps secret (e.g. file.key): backed up and restored with the data. */
    public Path secrets() {
        return dataDir.resolve("secrets");
    }
}
