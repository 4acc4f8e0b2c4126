package jp.mamori.inventory.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.nomination.form.FormWriter;

/**
 * Writes a case's connection points as the 外部接続点台帳 the contractor fills during hearings. Text is always
 * written as a text cell, never as a formula; text Excel would take for a formula or a quote when the cell is
 * edited also gets the quote prefix, and free-text columns are text-formatted so that what is typed later
 * ("1-2", "0123") stays as typed.
 */
public final class InventorySheetWriter {

    public static final String SHEET_NAME = "外部接続点台帳";
    static final String GUIDE_SHEET_NAME = "記入方法";
    /** Zero-based: a title, a line on how to use the sheet, then the header. */
    static final int HEADER_ROW = 2;
    /** Rows below the last point that keep the drop-downs, for points added at the hearing. */
    static final int SPARE_ROWS = 500;

    static final String ID_NOTE = "IDはシステムが付けた接続点の番号です。変更しないでください。"
            + "新しい接続点はIDを空欄のまま行を追加し、なくなった接続点は行ごと削除してください。";

    public byte[] write(String hospitalName, List<ConnectionPoint> points) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            writeTitle(sheet, hospitalName, styles);
            writeHeader(sheet, styles);
            int r = HEADER_ROW + 1;
            for (ConnectionPoint point : points) {
                writePoint(sheet.createRow(r++), point, styles);
            }
            layOut(sheet, styles);
            addValidations(sheet, r - 1 + SPARE_ROWS);
            writeGuide(wb.createSheet(GUIDE_SHEET_NAME), styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTitle(XSSFSheet sheet, String hospitalName, Styles styles) {
        String title = hospitalName == null || hospitalName.isBlank() ? SHEET_NAME : SHEET_NAME + "　" + hospitalName;
        text(sheet.createRow(0).createCell(0), title, styles.title);
        text(sheet.createRow(1).createCell(0), "1行に1接続点。" + ID_NOTE + "選択肢と日付の書き方はシート「"
                + GUIDE_SHEET_NAME + "」にあります。", styles.plain);
    }

    private static void writeHeader(XSSFSheet sheet, Styles styles) {
        Row header = sheet.createRow(HEADER_ROW);
        for (SheetColumn column : SheetColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            text(cell, column.header(), styles.header);
        }
        Cell id = header.getCell(SheetColumn.ID.ordinal());
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setCol2(4);
        anchor.setRow1(HEADER_ROW);
        anchor.setRow2(HEADER_ROW + 5);
        Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
        note.setString(new XSSFRichTextString(ID_NOTE));
        note.setAuthor("Mamori");
        id.setCellComment(note);
    }

    private static void writePoint(Row row, ConnectionPoint p, Styles styles) {
        Cell id = row.createCell(SheetColumn.ID.ordinal());
        id.setCellStyle(styles.id);
        if (p.id() != null) {
            id.setCellValue(p.id());
        }
        for (SheetColumn column : SheetColumn.values()) {
            if (column == SheetColumn.ID) {
                continue;
            }
            Cell cell = row.createCell(column.ordinal());
            switch (column.kind()) {
                case DATE -> date(cell, p.lastPatchedOn(), styles);
                case NOTE -> freeText(cell, p.note(), styles.note, styles.quotedNote);
                default -> freeText(cell, textOf(column, p), styles.text, styles.quoted);
            }
        }
    }

    /** What the sheet shows for a point's value: labels for choices and yes/no, the text itself otherwise. */
    private static String textOf(SheetColumn column, ConnectionPoint p) {
        return switch (column) {
            case PURPOSE -> Choice.PURPOSE.label(p.purpose());
            case COUNTERPART -> p.counterpart();
            case SYSTEM -> p.system();
            case LINE -> Choice.LINE.label(p.line());
            case VENDOR -> p.device().vendor();
            case PRODUCT -> p.device().product();
            case VERSION -> p.device().version();
            case ADDRESS -> p.device().address();
            case ALWAYS_ON -> YesNo.label(p.alwaysOn());
            case OPENED_BY -> p.openedBy();
            case AUTHENTICATION -> Choice.AUTHENTICATION.label(p.authentication());
            case SOURCE_RESTRICTED -> YesNo.label(p.sourceRestricted());
            case LOGGING -> YesNo.label(p.logging());
            case LOG_REVIEWED -> YesNo.label(p.logReviewed());
            case KNOWN_BEFORE -> YesNo.label(p.knownBefore());
            case STATUS -> Choice.STATUS.label(p.status());
            case NOTE -> p.note();
            case ID, LAST_PATCHED_ON -> throw new IllegalArgumentException(column.name());
        };
    }

    /** Always a string cell (never a formula); see the class comment for the quote prefix. */
    private static void freeText(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        boolean quote = value != null && !value.isEmpty() && (FormWriter.looksLikeFormula(value) || value.charAt(0) == '\'');
        text(cell, value, quote ? quoted : plain);
    }

    private static void text(Cell cell, String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void date(Cell cell, LocalDate value, Styles styles) {
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
    }

    private static void layOut(XSSFSheet sheet, Styles styles) {
        for (SheetColumn column : SheetColumn.values()) {
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            CellStyle style = switch (column.kind()) {
                case ID -> styles.id;
                case DATE -> styles.date;
                case NOTE -> styles.note;
                default -> styles.text;
            };
            sheet.setDefaultColumnStyle(column.ordinal(), style);
        }
        sheet.createFreezePane(SheetColumn.PURPOSE.ordinal() + 1, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, SheetColumn.values().length - 1));
        sheet.getPrintSetup().setLandscape(true);
    }

    /** Drop-downs on the choice and yes/no columns; typing into the ID column is refused. */
    private static void addValidations(XSSFSheet sheet, int lastRow) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        list(sheet, helper, SheetColumn.PURPOSE, lastRow, Choice.PURPOSE.labels());
        list(sheet, helper, SheetColumn.LINE, lastRow, Choice.LINE.labels());
        list(sheet, helper, SheetColumn.AUTHENTICATION, lastRow, Choice.AUTHENTICATION.labels());
        list(sheet, helper, SheetColumn.STATUS, lastRow, Choice.STATUS.labels());
        for (SheetColumn column : SheetColumn.values()) {
            if (column.kind() == SheetColumn.Kind.YES_NO) {
                list(sheet, helper, column, lastRow, YesNo.labels());
            }
        }
        DataValidation id = helper.createValidation(helper.createCustomConstraint("FALSE"), range(SheetColumn.ID, lastRow));
        id.setErrorStyle(DataValidation.ErrorStyle.STOP);
        id.setShowErrorBox(true);
        id.createErrorBox(SheetColumn.ID.header(), ID_NOTE);
        sheet.addValidationData(id);
    }

    private static void list(XSSFSheet sheet, XSSFDataValidationHelper helper, SheetColumn column, int lastRow,
                             List<String> choices) {
        DataValidationConstraint constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, range(column, lastRow));
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.header(), "次のいずれかを選んでください: " + String.join("／", choices));
        sheet.addValidationData(validation);
    }

    private static CellRangeAddressList range(SheetColumn column, int lastRow) {
        return new CellRangeAddressList(HEADER_ROW + 1, lastRow, column.ordinal(), column.ordinal());
    }

    private static void writeGuide(XSSFSheet sheet, Styles styles) {
        List<String> lines = new ArrayList<>();
        lines.add("外部接続点台帳の記入方法");
        lines.add("");
        lines.add("・1行に1つの接続点を記入します。見出しの文字は変えないでください（列の順序は変えても構いません）。");
        lines.add("・" + ID_NOTE);
        lines.add("・取り込みは全部か無しかです。誤りが1つでもあれば何も取り込まず、すべての誤りを行番号つきでお知らせします。");
        lines.add("・はい／いいえ／不明の列は、分からなければ空欄のままで構いません（不明として扱います）。");
        lines.add("・最終パッチ適用日は 2024/4/1、令和6年4月1日、R6.4.1 のように入力します。未来の日付は入力できません。");
        lines.add("・文字の列（接続先・製品名・備考など）は入力したとおりに保存します。");
        lines.add("");
        lines.add("選択肢");
        lines.add(SheetColumn.PURPOSE.header() + ": " + String.join("／", Choice.PURPOSE.labels()));
        lines.add(SheetColumn.LINE.header() + ": " + String.join("／", Choice.LINE.labels()));
        lines.add(SheetColumn.AUTHENTICATION.header() + ": " + String.join("／", Choice.AUTHENTICATION.labels()));
        lines.add(SheetColumn.STATUS.header() + ": " + String.join("／", Choice.STATUS.labels()));
        lines.add("はい／いいえ／不明: " + SheetColumn.ALWAYS_ON.header() + "、" + SheetColumn.SOURCE_RESTRICTED.header() + "、"
                + SheetColumn.LOGGING.header() + "、" + SheetColumn.LOG_REVIEWED.header() + "、" + SheetColumn.KNOWN_BEFORE.header());
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i).createCell(0), lines.get(i), i == 0 ? styles.title : styles.plain);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle id;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle note;
        final CellStyle quotedNote;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font bold = wb.createFont();
            bold.setBold(true);
            short textFormat = wb.createDataFormat().getFormat("@");

            title = wb.createCellStyle();
            title.setFont(big);
            plain = wb.createCellStyle();
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBorderTop(BorderStyle.THIN);
            header.setBorderLeft(BorderStyle.THIN);
            header.setBorderRight(BorderStyle.THIN);
            // Grey and locked: the system's number, not the contractor's (see the package comment on protection).
            id = wb.createCellStyle();
            id.setDataFormat(wb.createDataFormat().getFormat("0"));
            id.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            id.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            id.setLocked(true);
            text = unlocked(wb, textFormat);
            quoted = unlocked(wb, textFormat);
            quoted.setQuotePrefixed(true);
            note = unlocked(wb, textFormat);
            note.setWrapText(true);
            quotedNote = unlocked(wb, textFormat);
            quotedNote.setWrapText(true);
            quotedNote.setQuotePrefixed(true);
            date = unlocked(wb, wb.createDataFormat().getFormat("yyyy/m/d"));
        }

        private static CellStyle unlocked(XSSFWorkbook wb, short format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            s.setLocked(false);
            return s;
        }
    }
}
