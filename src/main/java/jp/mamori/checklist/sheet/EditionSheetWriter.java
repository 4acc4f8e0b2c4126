package jp.mamori.checklist.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.Target;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An edition as the sheet the ministry edits and loads back: the edition's id, kind, fiscal year and title above,
 * one item per row below. Every value is written as text, exactly as the reader reads it, so a round trip changes
 * nothing.
 */
public final class EditionSheetWriter {

    public static final String SHEET_NAME = "チェックリスト";
    static final String LABEL_ID = "版ID";
    static final String LABEL_KIND = "種類";
    static final String LABEL_YEAR = "年度";
    static final String LABEL_TITLE = "表題";
    static final int HEADER_ROW = 5;

    private EditionSheetWriter() {
    }

    public static byte[] write(Edition e) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            label(sheet, 0, LABEL_ID, e.id(), bold);
            label(sheet, 1, LABEL_KIND, e.kind().name(), bold);
            label(sheet, 2, LABEL_YEAR, String.valueOf(e.fiscalYear()), bold);
            label(sheet, 3, LABEL_TITLE, e.title(), bold);
            Row header = sheet.createRow(HEADER_ROW);
            for (EditionColumn c : EditionColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
                header.getCell(c.ordinal()).setCellStyle(bold);
                sheet.setColumnWidth(c.ordinal(), c.width() * 256);
            }
            int r = HEADER_ROW + 1;
            for (ChecklistItem i : e.items()) {
                Row row = sheet.createRow(r++);
                set(row, EditionColumn.ID, i.id());
                set(row, EditionColumn.TEXT, i.text());
                set(row, EditionColumn.TARGETS, i.targets().stream().map(Target::name).collect(Collectors.joining(",")));
                set(row, EditionColumn.REQUIRED_FROM, i.requiredFrom() == null ? "" : String.valueOf(i.requiredFrom()));
                set(row, EditionColumn.REQUIRED_BY_TARGET, byTarget(i.requiredFromByTarget(), i.targets()));
                set(row, EditionColumn.STAGE, i.stage() == null ? "" : String.valueOf(i.stage()));
                set(row, EditionColumn.GATE, i.gate() ? "はい" : "");
                set(row, EditionColumn.PREVIOUS_IDS, String.join(",", i.previousIds()));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String byTarget(Map<Target, Integer> years, List<Target> order) {
        return order.stream().filter(years::containsKey).map(t -> t.name() + "=" + years.get(t)).collect(Collectors.joining(","));
    }

    private static void label(XSSFSheet sheet, int row, String label, String value, CellStyle bold) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(label);
        r.getCell(0).setCellStyle(bold);
        r.createCell(1).setCellValue(value);
    }

    private static void set(Row row, EditionColumn c, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(c.ordinal()).setCellValue(value);
        }
    }
}
