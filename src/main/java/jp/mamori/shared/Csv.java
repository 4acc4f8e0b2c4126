package jp.mamori.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * RFC 4180 CSV, read as a stream (FastCSV): quoted fields may hold commas, quotes ("") and line breaks;
 * records keep their first line number. Reading stops as soon as a file has more lines than allowed,
 * blank ones included, so a file of millions of empty lines costs no memory.
 */
public final class Csv {

    /** Longest field, in characters: far above any real cell, far below what would hurt. */
    static final int MAX_FIELD_CHARS = 64 * 1024;

    public record Record(int line, List<String> fields) {
        public boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private Csv() {
    }

    /** Already decoded text, without a line limit beyond {@code maxLines}. */
    public static List<Record> read(String text, int maxLines) {
        return read(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), maxLines);
    }

    /** Decoded text with the default limit of a million lines (tests and bundled files). */
    public static List<Record> read(String text) {
        return read(text, 1_000_000);
    }

    /**
     * Bytes decoded strictly in {@code charset} (a BOM is dropped), then read. Undecodable bytes are refused
     * with the line they are on, never replaced by U+FFFD.
     */
    public static List<Record> read(byte[] bytes, Charset charset, int maxLines) {
        java.io.PushbackReader reader = new java.io.PushbackReader(new StrictReader(bytes, charset));
        try {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(reader, maxLines);
    }

    /** Decodes as it is read, so no copy of the whole text is made; refuses undecodable bytes with their line. */
    private static final class StrictReader extends Reader {
        private final byte[] bytes;
        private final Charset charset;
        private final ByteBuffer in;
        private final CharsetDecoder decoder;
        private boolean flushed;

        StrictReader(byte[] bytes, Charset charset) {
            this.bytes = bytes;
            this.charset = charset;
            this.in = ByteBuffer.wrap(bytes);
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                if (flushed) {
                    return -1;
                }
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    throw undecodable(charset, lineAt(bytes, in.position()));
                }
                if (!in.hasRemaining() && result.isUnderflow()) {
                    if (decoder.flush(out).isError()) {
                        throw undecodable(charset, lineAt(bytes, bytes.length));
                    }
                    flushed = true;
                }
            }
            return out.position() - offset;
        }

        @Override
        public void close() {
        }
    }

    /** Strict decoding: a Shift_JIS file read as UTF-8 is refused, with the line, not silently garbled. */
    public static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16); // UTF-8 and Shift_JIS never give more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw undecodable(charset, lineAt(bytes, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw undecodable(charset, lineAt(bytes, bytes.length));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<Record> read(Reader reader, int maxLines) {
        List<Record> records = new ArrayList<>();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .trimWhitespacesAroundQuotes(true)
                .maxBufferSize(MAX_FIELD_CHARS)
                .ofCsvRecord(reader);
        try (csv) {
            for (CsvRecord r : csv) {
                if (r.getStartingLineNumber() > maxLines) {
                    throw new ValidationException(Problem.of("TOO_MANY_ROWS",
                            "行数が多すぎます（" + maxLines + "行を超えています。空の行も数えます）。末尾の空行を削除するか、"
                                    + "ファイルを分けて取り込んでください。"));
                }
                records.add(new Record((int) r.getStartingLineNumber(), r.getFields()));
            }
        } catch (CsvParseException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ValidationException undecodable) {
                    throw undecodable;
                }
            }
            int line = records.isEmpty() ? 1 : records.get(records.size() - 1).line() + 1;
            throw new ValidationException(new Problem(line, null, "MALFORMED_CSV", line
                    + "行目付近をCSVとして読めません（閉じられていない引用符（\"）か、" + MAX_FIELD_CHARS
                    + "文字を超える項目があります）。引用符の対応を確認してください。"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ValidationException undecodable(Charset charset, int line) {
        String hint = charset.equals(StandardCharsets.UTF_8)
                ? line + "行目にUTF-8として読めない文字があります。Shift_JISのファイルなら文字コードに Shift_JIS を指定してください"
                        + "（APIでは Content-Type: text/csv; charset=Shift_JIS）。"
                : line + "行目に" + charset.name() + "として読めない文字があります。文字コードを確認し、UTF-8 か Shift_JIS で保存し直してください。";
        return new ValidationException(new Problem(line, null, "INVALID_ENCODING", hint));
    }
}
