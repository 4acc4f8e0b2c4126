package jp.mamori.survey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key: from MAMORI_FILE_KEY, or a key file created owner-only once and then reused. */
class MasterKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void theKeyFileIsCreatedOwnerOnlyAndReusedAcrossRestarts() throws Exception {
        SecretKey first = MasterKey.load(null, dataDir);

        Path dir = dataDir.resolve("secrets");
        Path file = dir.resolve("file.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.getEncoded()).hasSize(32);
        String stored = Files.readString(file);

        SecretKey again = MasterKey.load("", dataDir);
        assertThat(again.getEncoded()).isEqualTo(first.getEncoded());
        assertThat(Files.readString(file)).isEqualTo(stored);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aGroupReadableKeyFileStopsTheStart() throws Exception {
        MasterKey.load(null, dataDir);
        Path file = dataDir.resolve("secrets/file.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        String before = Files.readString(file);

        assertThatThrownBy(() -> MasterKey.load(null, dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chmod 600");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anOpenSecretsDirectoryStopsTheStart() throws Exception {
        Files.createDirectories(dataDir.resolve("secrets"));
        Files.setPosixFilePermissions(dataDir.resolve("secrets"), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> MasterKey.load(null, dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chmod 700");
        assertThat(dataDir.resolve("secrets/file.key")).doesNotExist();
    }

    @Test
    void theEnvironmentKeyIsUsedWhenSetAndNoFileIsWritten() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        SecretKey key = MasterKey.load(Base64.getEncoder().encodeToString(raw), dataDir);

        assertThat(key.getEncoded()).isEqualTo(raw);
        assertThat(dataDir.resolve("secrets")).doesNotExist();
    }

    @Test
    void anEnvironmentKeyOfTheWrongLengthOrNotBase64IsRefused() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKey.load(sixteenBytes, dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MAMORI_FILE_KEY").hasMessageContaining("16バイト");
        assertThatThrownBy(() -> MasterKey.load("not a key!", dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Base64");
    }
}
