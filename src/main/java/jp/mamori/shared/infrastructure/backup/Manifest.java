package jp.mamori.shared.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What a backup holds: when, the schema version, each table's columns and rows, sequences, secret files. */
record Manifest(Instant createdAt, String flywayVersion, Map<String, List<String>> tables, Map<String, Long> rows,
                Map<String, Long> sequences, List<String> secrets) {

    static final String ENTRY = "manifest.properties";
    private static final String FORMAT = "mamori-backup-1";

    static Manifest of(Instant at, String version, Map<String, List<String>> tables, Map<String, Long> sequences,
                       List<String> secrets) {
        return new Manifest(at, version, tables, new LinkedHashMap<>(), sequences, secrets);
    }

    void writeTo(OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        line(b, "format", FORMAT);
        line(b, "createdAt", createdAt.toString());
        line(b, "flywayVersion", flywayVersion == null ? "" : flywayVersion);
        line(b, "tables", String.join(",", tables.keySet()));
        tables.forEach((t, cols) -> {
            line(b, "table." + t + ".columns", String.join(",", cols));
            line(b, "table." + t + ".rows", String.valueOf(rows.get(t)));
        });
        sequences.forEach((s, v) -> line(b, "sequence." + s, String.valueOf(v)));
        line(b, "secrets", String.join(",", secrets));
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder b, String key, String value) {
        // Properties escaping keeps any name or value on one line
        Properties p = new Properties();
        p.setProperty(key, value);
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        w.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> b.append(l).append('\n'));
    }

    static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new BackupException(BackupCipher.NOT_A_BACKUP);
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : split(p.getProperty("tables"))) {
            tables.put(t, split(p.getProperty("table." + t + ".columns")));
            rows.put(t, Long.parseLong(p.getProperty("table." + t + ".rows")));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("sequence.")).sorted()
                .forEach(k -> sequences.put(k.substring("sequence.".length()), Long.parseLong(p.getProperty(k))));
        String version = p.getProperty("flywayVersion");
        return new Manifest(Instant.parse(p.getProperty("createdAt")), version == null || version.isEmpty() ? null : version,
                tables, rows, sequences, split(p.getProperty("secrets")));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(s.split(",")));
    }
}
