package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The embedded server's passwords, generated on the first start and kept owner-only under the
 * data folder: nobody who cannot read this file can connect, over TCP or the socket.
 * Not part of a backup: a restore creates new ones.
 */
public record DbSecrets(String superuser, String owner, String app) {

    static final String FILE = "passwords.properties";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static DbSecrets loadOrCreate(Path dir) throws IOException {
        OwnerOnly.directory(dir);
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            return load(dir);
        }
        DbSecrets created = new DbSecrets(random(), random(), random());
        Properties p = new Properties();
        p.setProperty(EmbeddedCluster.SUPERUSER, created.superuser);
        p.setProperty(EmbeddedCluster.OWNER, created.owner);
        p.setProperty(EmbeddedCluster.APP, created.app);
        StringWriter out = new StringWriter();
        p.store(out, "Mamori embedded PostgreSQL passwords (owner-only; a restore creates new ones)");
        OwnerOnly.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        return created;
    }

    public static DbSecrets load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        OwnerOnly.requireSecret(dir);
        OwnerOnly.requireSecret(file);
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        DbSecrets s = new DbSecrets(p.getProperty(EmbeddedCluster.SUPERUSER), p.getProperty(EmbeddedCluster.OWNER),
                p.getProperty(EmbeddedCluster.APP));
        if (s.superuser == null || s.owner == null || s.app == null) {
            throw new IllegalStateException("データベースのパスワードファイル " + file + " が不完全です。 / " + file
                    + " lacks a password.");
        }
        return s;
    }

    private static String random() {
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "DbSecrets[hidden]";
    }
}
