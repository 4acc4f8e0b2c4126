package jp.mamori.shared.infrastructure.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jp.mamori.shared.infrastructure.postgres.OwnerOnly;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Loads a verified backup into a schema migrated to the backup's version, in one transaction. */
final class BackupRestorer {

    private BackupRestorer() {
    }

    /** Reads the whole (decrypted) stream, so a damaged or cut file is refused before anything is written. */
    static Manifest verify(InputStream decrypted) throws IOException {
        ZipInputStream zip = new ZipInputStream(decrypted);
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(Manifest.ENTRY)) {
            throw new BackupException(BackupCipher.NOT_A_BACKUP);
        }
        Manifest manifest = Manifest.read(zip);
        List<String> expected = new ArrayList<>();
        manifest.tables().keySet().forEach(t -> expected.add("tables/" + t));
        manifest.secrets().forEach(s -> expected.add("secrets/" + s));
        List<String> found = new ArrayList<>();
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            found.add(e.getName());
            zip.transferTo(OutputStreamNull.INSTANCE);
        }
        decrypted.transferTo(OutputStreamNull.INSTANCE);
        if (!found.equals(expected) || manifest.secrets().stream().anyMatch(s -> !Backups.isSecretName(s))) {
            throw new BackupException(BackupCipher.DAMAGED);
        }
        return manifest;
    }

    static void load(Connection c, InputStream decrypted, Manifest manifest) throws IOException, SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            Map<String, List<String>> tables = manifest.tables();
            for (String t : tables.keySet()) {
                // the owner's restore may fill append-only tables; their triggers are back on at commit
                st.execute("ALTER TABLE " + SchemaSnapshot.ident(t) + " DISABLE TRIGGER USER");
            }
            if (!tables.isEmpty()) {
                st.execute("TRUNCATE " + String.join(", ", tables.keySet().stream().map(SchemaSnapshot::ident).toList()));
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            ZipInputStream zip = new ZipInputStream(decrypted);
            zip.getNextEntry();
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && e.getName().startsWith("tables/")) {
                String t = e.getName().substring("tables/".length());
                copy.copyIn("COPY " + SchemaSnapshot.ident(t) + " (" + SchemaSnapshot.columnList(tables.get(t))
                        + ") FROM STDIN", unclosable(zip));
                long rows = SchemaSnapshot.rows(c, t);
                if (rows != manifest.rows().get(t)) {
                    throw new BackupException("テーブル " + t + " の行数が一致しません（" + rows + " / " + manifest.rows().get(t)
                            + "）。何も復元していません。 / Row count mismatch in " + t + ".");
                }
            }
            for (String t : tables.keySet()) {
                st.execute("ALTER TABLE " + SchemaSnapshot.ident(t) + " ENABLE TRIGGER USER");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
                for (var s : manifest.sequences().entrySet()) {
                    ps.setString(1, SchemaSnapshot.ident(s.getKey()));
                    ps.setLong(2, s.getValue());
                    ps.execute();
                }
            }
            c.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** Writes the backup's secret files, owner-only; the caller made sure none is there yet. */
    static void writeSecrets(InputStream decrypted, Path dir) throws IOException {
        ZipInputStream zip = new ZipInputStream(decrypted);
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            if (e.getName().startsWith("secrets/")) {
                String name = e.getName().substring("secrets/".length());
                if (!Backups.isSecretName(name)) {
                    throw new BackupException(BackupCipher.DAMAGED);
                }
                OwnerOnly.directory(dir);
                OwnerOnly.write(dir.resolve(name), zip.readAllBytes());
            }
        }
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the zip continues with the next entry
            }
        };
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
