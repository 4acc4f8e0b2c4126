package jp.mamori.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stands in for the operator's own PostgreSQL server (MAMORI_DB_URL): a throwaway server the test starts,
 * so the instances under test use the external-database path, never their embedded one.
 */
final class ExternalPostgres {

    private ExternalPostgres() {
    }

    static EmbeddedPostgres start(Path parent) throws IOException {
        Path dir = parent.resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir);
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "60").start();
    }
}
