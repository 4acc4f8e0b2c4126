package jp.mamori.survey.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key that wraps every program's data key: MAMORI_FILE_KEY (base64 of 32 bytes), or else the
 * key file {@code <data dir>/secrets/file.key}, created once, owner-only, and never overwritten.
 * Anything doubtful stops the start-up: a wrong key would make every document unreadable.
 */
final class MasterKey {

    static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private MasterKey() {
    }

    static SecretKey load(String fileKey, Path dataDir) {
        if (fileKey != null && !fileKey.isBlank()) {
            return fromBase64(fileKey.trim(), "MAMORI_FILE_KEY");
        }
        return fromFile(dataDir.resolve("secrets").resolve("file.key").toAbsolutePath().normalize());
    }

    static SecretKey fromBase64(String text, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " がBase64として読めません。32バイトの乱数をBase64にした値"
                    + "（例: openssl rand -base64 32 の出力）を設定してください。");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(source + " は32バイト（AES-256）の鍵をBase64にした値でなければなりません（現在"
                    + raw.length + "バイト）。openssl rand -base64 32 の出力を設定してください。");
        }
        return new SecretKeySpec(raw, "AES");
    }

    static SecretKey fromFile(Path file) {
        try {
            Path dir = file.getParent();
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                // createDirectories applies the umask; say exactly what we mean
                Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
            }
            requireOwnerOnly(dir, "ディレクトリ", "700");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                create(file);
            }
            requireOwnerOnly(file, "ファイル", "600");
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII).trim(), "鍵ファイル " + file);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("このファイルシステムでは鍵ファイルの権限を所有者のみに制限できません。"
                    + "MAMORI_FILE_KEY に鍵（openssl rand -base64 32 の出力）を設定してください。", e);
        } catch (IOException e) {
            throw new IllegalStateException("文書の暗号鍵ファイル " + file + " を作成または読み取れません: " + e.getMessage(), e);
        }
    }

    /** Written under a temporary name, then hard-linked into place: atomic, and never replaces an existing key. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path tmp = file.resolveSibling(".file.key." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))) {
            channel.write(ByteBuffer.wrap(text));
            channel.force(true);
        }
        try {
            Files.setPosixFilePermissions(tmp, OWNER_ONLY_FILE);
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException e) {
            // another instance created it first: use theirs
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void requireOwnerOnly(Path path, String what, String mode) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new IllegalStateException("文書の暗号鍵の" + what + " " + path + " がシンボリックリンクです。実体の" + what + "を置いてください。");
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new IllegalStateException("文書の暗号鍵の" + what + " " + path + " をグループや他のユーザーが読み書きできます（"
                    + PosixFilePermissions.toString(permissions) + "）。chmod " + mode + " " + path
                    + " で所有者だけに制限してから起動してください。");
        }
    }
}
