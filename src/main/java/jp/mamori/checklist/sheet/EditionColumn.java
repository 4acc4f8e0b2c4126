package jp.mamori.checklist.sheet;

import java.util.Arrays;
import java.util.Optional;

import jp.mamori.nomination.form.FormText;

/** The columns of an edition's sheet, in order; the header text is the contract with the ministry's files. */
enum EditionColumn {
    ID("項目ID", 10),
    TEXT("項目", 80),
    TARGETS("対象", 14),
    REQUIRED_FROM("必須化年度", 12),
    REQUIRED_BY_TARGET("対象別の必須化年度", 20),
    STAGE("段階", 8),
    GATE("前提質問", 10),
    PREVIOUS_IDS("前版の項目ID", 16);

    private final String header;
    private final int width;

    EditionColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    String header() {
        return header;
    }

    int width() {
        return width;
    }

    static Optional<EditionColumn> forHeader(String text) {
        String compact = FormText.compact(text);
        return Arrays.stream(values()).filter(c -> FormText.compact(c.header).equals(compact)).findFirst();
    }
}
