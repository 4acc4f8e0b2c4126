package jp.mamori.shared.infrastructure.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every table of one snapshot (a single REPEATABLE READ READ ONLY transaction, so the copy is
 * consistent while the app keeps working) and the secret files into a zip stream: the manifest first,
 * then each table as COPY text in foreign-key order, then the secrets.
 */
final class BackupWriter {

    private BackupWriter() {
    }

    static Manifest write(Connection c, Path secretsDir, OutputStream out) throws IOException, SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            Map<String, List<String>> tables = SchemaSnapshot.tables(c);
            Manifest manifest = Manifest.of(Instant.now(), SchemaSnapshot.flywayVersion(c), tables,
                    SchemaSnapshot.sequences(c), secretFiles(secretsDir));
            for (String t : tables.keySet()) {
                manifest.rows().put(t, SchemaSnapshot.rows(c, t));
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            manifest.writeTo(zip);
            zip.closeEntry();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            OutputStream entry = new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }

                @Override
                public void close() {
                    // the zip stays open for the next entry
                }
            };
            for (var t : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry("tables/" + t.getKey()));
                copy.copyOut("COPY " + SchemaSnapshot.ident(t.getKey()) + " (" + SchemaSnapshot.columnList(t.getValue())
                        + ") TO STDOUT", entry);
                zip.closeEntry();
            }
            for (String name : manifest.secrets()) {
                zip.putNextEntry(new ZipEntry("secrets/" + name));
                Files.copy(secretsDir.resolve(name), zip);
                zip.closeEntry();
            }
            zip.finish();
            c.commit();
            return manifest;
        } finally {
            c.rollback();
        }
    }

    private static List<String> secretFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(Backups::isSecretName).sorted().toList();
        }
    }
}
