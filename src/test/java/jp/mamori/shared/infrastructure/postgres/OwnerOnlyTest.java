package jp.mamori.shared.infrastructure.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAreCreatedOwnerOnlyAndKept() throws Exception {
        DbSecrets first = DbSecrets.loadOrCreate(dir.resolve("db-secrets"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("db-secrets/passwords.properties"))))
                .isEqualTo("rw-------");
        assertThat(DbSecrets.loadOrCreate(dir.resolve("db-secrets"))).isEqualTo(first);
        assertThat(first.app()).hasSize(32).isNotEqualTo(first.owner()).isNotEqualTo(first.superuser());
    }

    @Test
    void aSecretOthersCanReadIsRefusedClearly() throws Exception {
        DbSecrets.loadOrCreate(dir.resolve("db-secrets"));
        Path file = dir.resolve("db-secrets/passwords.properties");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DbSecrets.load(dir.resolve("db-secrets")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("他のユーザーが読み取れます")
                .hasMessageContaining("chmod 600");
    }
}
