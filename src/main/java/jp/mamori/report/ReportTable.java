package jp.mamori.report;

import java.util.List;

/**
 * One table of the report as text, the same in the PDF and in the Excel version (one sheet each).
 *
 * @param sheet   the sheet's name in the Excel version
 * @param preface label and value pairs shown above the table (the cover has only these)
 */
public record ReportTable(String sheet, String title, List<List<String>> preface, List<String> header, List<List<String>> rows) {

    public ReportTable {
        preface = List.copyOf(preface);
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
