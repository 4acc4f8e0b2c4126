package jp.mamori.nomination.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Builds upload workbooks in tests, the way a prefecture's Excel would leave them. */
final class FormBuilder {

    /** A formula with the value Excel cached for it (a String, Number or Boolean). */
    record Cached(String formula, Object value) {
    }

    /** A formula whose cached result is an error such as #REF!. */
    record CachedError(String formula, FormulaError error) {
    }

    /** A number without a date format (an Excel serial typed or pasted as a plain number). */
    record Plain(double value) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final CellStyle dateStyle;
    private List<FormColumn> columns = List.of(FormColumn.values());
    private int next;

    private FormBuilder(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
    }

    static FormBuilder form() {
        return new FormBuilder(FormLayout.SHEET_NAME);
    }

    static FormBuilder sheetNamed(String name) {
        return new FormBuilder(name);
    }

    /** The standard header (all columns, form order) at the next row. */
    FormBuilder header() {
        return header(List.of(FormColumn.values()));
    }

    /** A header of these columns, in this order, written with the exact header texts. */
    FormBuilder header(List<FormColumn> order) {
        columns = List.copyOf(order);
        return raw(order.stream().map(c -> (Object) c.header()).toArray());
    }

    /** Which value of a row map goes in which column; for headers written by hand with {@link #raw}. */
    FormBuilder columns(List<FormColumn> order) {
        columns = List.copyOf(order);
        return this;
    }

    /** A row of the given cell values from column A; null leaves a cell out. */
    FormBuilder raw(Object... values) {
        XSSFRow row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                set(row.createCell(i), values[i]);
            }
        }
        return this;
    }

    FormBuilder row(Map<FormColumn, Object> values) {
        Object[] cells = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            cells[i] = values.get(columns.get(i));
        }
        return raw(cells);
    }

    FormBuilder blankRow() {
        next++;
        return this;
    }

    /** The next row written will be this Excel row number. */
    FormBuilder at(int excelRow) {
        next = excelRow - 1;
        return this;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    byte[] bytes() {
        return bytes(workbook);
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void set(XSSFCell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Plain p) {
            cell.setCellValue(p.value());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Cached c) {
            cached(cell, c);
        } else if (value instanceof CachedError e) {
            // Written at XML level: POI's formula parser would refuse external references.
            cell.getCTCell().addNewF().setStringValue(e.formula());
            cell.getCTCell().setT(STCellType.E);
            cell.getCTCell().setV(e.error().getString());
        } else {
            throw new IllegalArgumentException("cell value " + value);
        }
    }

    private static void cached(XSSFCell cell, Cached c) {
        cell.getCTCell().addNewF().setStringValue(c.formula());
        if (c.value() instanceof String s) {
            cell.getCTCell().setT(STCellType.STR);
            cell.getCTCell().setV(s);
        } else if (c.value() instanceof Number n) {
            cell.getCTCell().setV(CellReader.plain(n.doubleValue()));
        } else if (c.value() instanceof Boolean b) {
            cell.getCTCell().setT(STCellType.B);
            cell.getCTCell().setV(b ? "1" : "0");
        } else {
            throw new IllegalArgumentException("cached value " + c.value());
        }
    }

    /** Cell values of a valid row for the standard registry below; override what a test is about. */
    static Map<FormColumn, Object> valid(int rank, String code, String name, int beds) {
        Map<FormColumn, Object> v = new EnumMap<>(FormColumn.class);
        v.put(FormColumn.RANK, rank);
        v.put(FormColumn.HOSPITAL_CODE, code);
        v.put(FormColumn.HOSPITAL_NAME, name);
        v.put(FormColumn.BEDS, beds);
        v.put(FormColumn.EMR, "全部導入");
        v.put(FormColumn.RENEWAL_PLANNED, "なし");
        v.put(FormColumn.PREVIOUS_YEAR, "なし");
        v.put(FormColumn.SUPPORT, "両方");
        v.put(FormColumn.CONSENT, "済");
        v.put(FormColumn.RANK_REASON, "救急医療の中核");
        v.put(FormColumn.CONTACT1_DEPARTMENT, "情報システム課");
        v.put(FormColumn.CONTACT1_NAME, "山田太郎");
        v.put(FormColumn.CONTACT1_PHONE, "03-1234-5678");
        v.put(FormColumn.CONTACT1_EMAIL, "yamada@example.jp");
        v.put(FormColumn.CONTACT2_DEPARTMENT, "事務部");
        v.put(FormColumn.CONTACT2_NAME, "佐藤花子");
        v.put(FormColumn.CONTACT2_PHONE, "03-1234-5679");
        v.put(FormColumn.CONTACT2_EMAIL, "sato@example.jp");
        return v;
    }

    static Map<FormColumn, Object> with(Map<FormColumn, Object> row, Object... columnValuePairs) {
        Map<FormColumn, Object> copy = new EnumMap<>(row);
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            FormColumn column = (FormColumn) columnValuePairs[i];
            Object value = columnValuePairs[i + 1];
            if (value == null) {
                copy.remove(column);
            } else {
                copy.put(column, value);
            }
        }
        return copy;
    }

    static List<FormColumn> allColumnsExcept(FormColumn... removed) {
        List<FormColumn> list = new ArrayList<>(List.of(FormColumn.values()));
        list.removeAll(List.of(removed));
        return list;
    }
}
