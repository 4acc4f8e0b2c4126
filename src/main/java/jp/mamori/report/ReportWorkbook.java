package jp.mamori.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jp.mamori.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as .xlsx, one sheet each. Every value is a string cell (never a formula); one Excel would
 * take for a formula when edited gets the quote prefix, and every column is text-formatted.
 */
final class ReportWorkbook {

    private static final int MAX_CELL = 32_767;

    private ReportWorkbook() {
    }

    static byte[] write(List<ReportTable> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            short textFormat = wb.createDataFormat().getFormat("@");
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            CellStyle quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            CellStyle bold = wb.createCellStyle();
            bold.cloneStyleFrom(text);
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable t : tables) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.sheet()));
                int r = 0;
                cell(sheet.createRow(r++), 0, t.title(), bold, quoted);
                for (List<String> pair : t.preface()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, pair.get(0), bold, quoted);
                    cell(row, 1, pair.get(1), text, quoted);
                }
                if (!t.header().isEmpty()) {
                    r++;
                    Row head = sheet.createRow(r++);
                    for (int i = 0; i < t.header().size(); i++) {
                        cell(head, i, t.header().get(i), bold, quoted);
                    }
                    for (List<String> values : t.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int i = 0; i < values.size(); i++) {
                            cell(row, i, values.get(i), text, quoted);
                        }
                    }
                }
                int columns = Math.max(2, t.header().size());
                for (int i = 0; i < columns; i++) {
                    sheet.setColumnWidth(i, i == 1 && t.header().isEmpty() ? 90 * 256 : 22 * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style, CellStyle quoted) {
        Cell cell = row.createCell(column);
        String v = value == null ? "" : value;
        if (v.length() > MAX_CELL) {
            // Excel's limit per cell; the PDF holds the whole text
            v = v.substring(0, MAX_CELL - 1) + "…";
        }
        cell.setCellValue(v);
        cell.setCellStyle(SpreadsheetText.needsQuote(v) ? quoted : style);
    }
}
