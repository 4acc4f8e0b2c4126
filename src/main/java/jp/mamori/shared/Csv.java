package jp.mamori.shared;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Records keep their first line number. */
public final class Csv {

    public record Record(int line, List<String> fields) {
        public boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private Csv() {
    }

    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (!fieldStarted || field.toString().isBlank()) {
                        field.setLength(0);
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        field.append(c);
                    }
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    // CRLF, a lone LF or a lone CR end the record
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
