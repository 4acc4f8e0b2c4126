package jp.mamori.shared.infrastructure.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL's binaries from zonky's jar, unpacked into a directory only we can write: zonky's own
 * /tmp/embedded-pg could have been prepared by another local user, and we would run their program.
 */
public final class PostgresBinaries {

    private static final String RESOURCE = "postgres-linux-x86_64.txz";
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {
    }

    /** The directory holding bin/, lib/, share/ under {@code cache}, unpacked once per binaries version. */
    public static Path unpack(Path cache) throws IOException {
        URL resource = PostgresBinaries.class.getClassLoader().getResource(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("PostgreSQL の実行ファイル（" + RESOURCE + "）がありません。MAMORI_DB_URL で外部の"
                    + " PostgreSQL 17 を指定してください。 / No embedded PostgreSQL binaries for this platform; set MAMORI_DB_URL.");
        }
        Path root = OwnerOnly.directory(cache.toAbsolutePath().normalize());
        // root is ours and 0700: nobody else can place or change anything below it
        Path dir = root.resolve(digest(resource));
        if (Files.exists(dir.resolve(COMPLETE))) {
            OwnerOnly.requireNotWritableByOthers(dir);
            OwnerOnly.requireNotWritableByOthers(dir.resolve("bin"));
            return dir;
        }
        Path tmp = OwnerOnly.directory(root.resolve(".unpack-" + UUID.randomUUID()));
        try {
            extract(resource, tmp);
            Files.createFile(tmp.resolve(COMPLETE));
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(dir.resolve(COMPLETE))) {
                    throw raced;
                }
            }
        } finally {
            deleteTree(tmp);
        }
        return dir;
    }

    private static void extract(URL resource, Path into) throws IOException {
        try (InputStream raw = new BufferedInputStream(resource.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Unsafe entry in " + RESOURCE + ": " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                    continue;
                }
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(target, permissions(e.getMode()));
            }
        }
        try (var walk = Files.walk(into)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(p, permissions(0755));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // owner gets what the archive says; nobody else may write
        Set<PosixFilePermission> s = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        if ((mode & 0100) != 0) {
            s.add(PosixFilePermission.OWNER_EXECUTE);
            s.add(PosixFilePermission.GROUP_EXECUTE);
            s.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        s.add(PosixFilePermission.GROUP_READ);
        s.add(PosixFilePermission.OTHERS_READ);
        return s;
    }

    private static String digest(URL resource) throws IOException {
        try (InputStream in = resource.openStream()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return "pg-" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes a folder and everything in it (a half-unpacked or half-restored one). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
