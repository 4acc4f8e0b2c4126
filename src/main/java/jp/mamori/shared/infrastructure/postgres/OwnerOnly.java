package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only this OS user may read: the database passwords, the socket, the binaries we execute.
 * Anything group- or world-accessible is refused, because another local user could read a secret
 * or swap a binary.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private OwnerOnly() {
    }

    /** Creates the directory (and parents) if missing and makes it 0700; an existing one must already be ours. */
    public static Path directory(Path dir) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            requireOwnedByMe(dir);
        } else {
            Files.createDirectories(dir);
        }
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return dir;
    }

    /** Writes the file atomically with mode 0600 from its first byte on. */
    public static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".tmp-", "", PosixFilePermissions.asFileAttribute(FILE));
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Refuses a secret that group or others could read, with a message that says how to fix it. */
    public static void requireSecret(Path path) throws IOException {
        requireOwnedByMe(path);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (perms.stream().anyMatch(OTHERS::contains)) {
            throw new IllegalStateException("秘密情報のファイル " + path + " を他のユーザーが読み取れます（"
                    + PosixFilePermissions.toString(perms) + "）。chmod " + (Files.isDirectory(path) ? "700" : "600")
                    + " " + path + " を実行してから起動してください。 / Secret " + path
                    + " is readable by group or others; make it owner-only before starting.");
        }
    }

    /** Refuses a directory another user could write into (they could have planted a file there). */
    public static void requireNotWritableByOthers(Path path) throws IOException {
        requireOwnedByMe(path);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (perms.stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
            throw new IllegalStateException("ディレクトリ " + path + " は他のユーザーが書き込めるため使えません。 / "
                    + path + " is writable by group or others; refusing to use it.");
        }
    }

    static void requireOwnedByMe(Path path) throws IOException {
        Object uid = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (((Number) uid).longValue() != currentUid()) {
            throw new IllegalStateException(path + " は別のユーザーの所有です（uid " + uid + "）。 / " + path
                    + " is owned by another user (uid " + uid + "); refusing to use it.");
        }
    }

    static long currentUid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
