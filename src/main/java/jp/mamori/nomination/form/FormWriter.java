package jp.mamori.nomination.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/**
 * The export: a pre-filled form that {@link FormReader} reads back to the same rows. Every value is written
 * as a plain value (text as string cells, never a formula), codes and phone numbers as text, dates as
 * real date cells formatted yyyy/m/d.
 */
public final class FormWriter {

    /** The header row as Excel numbers it; the rows above hold the title, program, prefecture and deadline. */
    public static final int HEADER_ROW = 6;
    /** The first data row as Excel numbers it. */
    public static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    /** Rows below the header that get the choice lists, at least. */
    static final int VALIDATION_ROWS = 2_000;

    static final String INSTRUCTIONS = "記入方法: 1行に1病院を記入してください。オレンジ色の見出しは必須です。選択肢の列はセルの▼から選べます。"
            + "日付は 2026/1/31 の形式で入力してください。担当者は2名以上（担当者3は任意、記入する場合は4項目すべて）。"
            + "医療機関コードはシート「" + FormLayout.REGISTRY_SHEET_NAME + "」から選べます。";

    public byte[] write(FormHeader header, List<NominationRow> rows, List<RegisteredHospital> registry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(header, rows, registry, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param rows     the list; written in rank order whatever their order or {@code sheetRow}
     * @param registry the prefecture's registry hospitals, listed on the second sheet
     */
    public void write(FormHeader header, List<NominationRow> rows, List<RegisteredHospital> registry, OutputStream out)
            throws IOException {
        Objects.requireNonNull(header, "header");
        rows = rows == null ? List.of() : rows;
        registry = registry == null ? List.of() : registry;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet form = workbook.createSheet(FormLayout.SHEET_NAME);
            XSSFSheet hospitals = workbook.createSheet(FormLayout.REGISTRY_SHEET_NAME);
            writeTitle(form, header, styles);
            writeHeader(form, styles);
            List<NominationRow> ordered = rows.stream().sorted(Comparator.comparingInt(NominationRow::rank)).toList();
            int r = FIRST_DATA_ROW - 1;
            for (NominationRow row : ordered) {
                writeRow(form.createRow(r++), row, styles);
            }
            int lastValidationRow = HEADER_ROW + Math.max(VALIDATION_ROWS, ordered.size() + 500) - 1;
            addChoiceLists(form, lastValidationRow, registry.size());
            layOut(form, styles);
            writeRegistry(hospitals, registry, styles);
            workbook.setActiveSheet(0);
            if (header.stamp() != null) {
                header.stamp().writeTo(workbook.getProperties());
            }
            workbook.write(out);
        }
    }

    private static void writeTitle(XSSFSheet sheet, FormHeader header, Styles styles) {
        text(sheet.createRow(0).createCell(0), FormLayout.TITLE, styles.title);
        Row program = sheet.createRow(1);
        text(program.createCell(0), "事業名", styles.label);
        text(program.createCell(1), header.programName(), styles);
        Row prefecture = sheet.createRow(2);
        text(prefecture.createCell(0), "都道府県コード", styles.label);
        text(prefecture.createCell(1), header.prefectureCode().value(), styles.text);
        text(prefecture.createCell(2), "都道府県名", styles.label);
        text(prefecture.createCell(3), header.prefectureName(), styles);
        Row deadline = sheet.createRow(3);
        text(deadline.createCell(0), "提出期限", styles.label);
        if (header.deadline() != null) {
            text(deadline.createCell(1), JapaneseDates.wareki(header.deadline()), styles.text);
            text(deadline.createCell(2), header.deadline().toString(), styles.text);
        }
        text(sheet.createRow(4).createCell(0), INSTRUCTIONS, styles.note);
    }

    private static void writeHeader(XSSFSheet sheet, Styles styles) {
        Row row = sheet.createRow(HEADER_ROW - 1);
        row.setHeightInPoints(36);
        for (FormColumn column : FormColumn.values()) {
            text(row.createCell(column.ordinal()), column.header(), column.required() ? styles.requiredHeader : styles.header);
        }
    }

    private static void writeRow(Row row, NominationRow n, Styles styles) {
        number(cell(row, FormColumn.RANK), n.rank(), styles.integer);
        text(cell(row, FormColumn.HOSPITAL_CODE), n.hospitalCode().value(), styles);
        text(cell(row, FormColumn.HOSPITAL_NAME), n.hospitalName(), styles);
        if (n.beds() != null) {
            number(cell(row, FormColumn.BEDS), n.beds(), styles.integer);
        }
        text(cell(row, FormColumn.EMR), n.emr().label(), styles);
        date(cell(row, FormColumn.EMR_PLANNED_DATE), n.emrPlannedDate(), styles);
        text(cell(row, FormColumn.RENEWAL_PLANNED), n.renewalPlanned() ? Answers.RENEWAL_YES : Answers.RENEWAL_NO, styles);
        date(cell(row, FormColumn.ONSITE_EXPECTED_BY), n.onsiteExpectedBy(), styles);
        text(cell(row, FormColumn.PREVIOUS_YEAR), n.previousYear().label(), styles);
        text(cell(row, FormColumn.SUPPORT), n.support().label(), styles);
        text(cell(row, FormColumn.CONSENT), n.consent() ? Answers.CONSENT_YES : Answers.CONSENT_NO, styles);
        text(cell(row, FormColumn.RANK_REASON), n.rankReason(), styles);
        List<Contact> contacts = n.contacts();
        for (int slot = 1; slot <= contacts.size(); slot++) {
            Contact c = contacts.get(slot - 1);
            List<FormColumn> columns = FormLayout.contactColumns(slot);
            text(cell(row, columns.get(0)), c.department(), styles);
            text(cell(row, columns.get(1)), c.name(), styles);
            text(cell(row, columns.get(2)), c.phone(), styles);
            text(cell(row, columns.get(3)), c.email(), styles);
        }
        text(cell(row, FormColumn.NOTE), n.note(), styles);
    }

    /** Drop-down lists on the choice columns, and the registry's codes on the code column (a warning only). */
    private static void addChoiceLists(XSSFSheet sheet, int lastRow, int registrySize) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        list(sheet, helper, FormColumn.EMR, lastRow, labels(EmrStatus.values(), EmrStatus::label));
        list(sheet, helper, FormColumn.RENEWAL_PLANNED, lastRow, new String[] {Answers.RENEWAL_YES, Answers.RENEWAL_NO});
        list(sheet, helper, FormColumn.PREVIOUS_YEAR, lastRow, labels(PreviousYearParticipation.values(), PreviousYearParticipation::label));
        list(sheet, helper, FormColumn.SUPPORT, lastRow, labels(SupportWanted.values(), SupportWanted::label));
        list(sheet, helper, FormColumn.CONSENT, lastRow, new String[] {Answers.CONSENT_YES, Answers.CONSENT_NO});
        if (registrySize > 0) {
            String range = "'" + FormLayout.REGISTRY_SHEET_NAME + "'!$A$2:$A$" + (registrySize + 1);
            DataValidation codes = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, FormColumn.HOSPITAL_CODE.ordinal(),
                            FormColumn.HOSPITAL_CODE.ordinal()));
            codes.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
            codes.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            codes.setShowErrorBox(true);
            codes.createErrorBox("医療機関コード", "シート「" + FormLayout.REGISTRY_SHEET_NAME + "」にない医療機関コードです。確認してください。");
            sheet.addValidationData(codes);
        }
    }

    private static void list(XSSFSheet sheet, XSSFDataValidationHelper helper, FormColumn column, int lastRow, String[] choices) {
        DataValidationConstraint constraint = helper.createExplicitListConstraint(choices);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(FIRST_DATA_ROW - 1, lastRow, column.ordinal(), column.ordinal()));
        validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.header(), "次のいずれかを選んでください: " + String.join("／", choices));
        sheet.addValidationData(validation);
    }

    private static void layOut(XSSFSheet sheet, Styles styles) {
        for (FormColumn column : FormColumn.values()) {
            sheet.setColumnWidth(column.ordinal(), width(column) * 256);
            CellStyle style = switch (column) {
                case RANK, BEDS -> styles.integer;
                case EMR_PLANNED_DATE, ONSITE_EXPECTED_BY -> styles.date;
                default -> styles.text; // keeps leading zeros of codes and phone numbers typed later
            };
            sheet.setDefaultColumnStyle(column.ordinal(), style);
        }
        sheet.createFreezePane(FormColumn.HOSPITAL_NAME.ordinal() + 1, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, 0, FormColumn.values().length - 1));
        sheet.getPrintSetup().setLandscape(true);
    }

    private static int width(FormColumn column) {
        return switch (column) {
            case RANK, CONSENT -> 8;
            case HOSPITAL_CODE, BEDS -> 13;
            case HOSPITAL_NAME -> 30;
            case EMR, EMR_PLANNED_DATE, RENEWAL_PLANNED, ONSITE_EXPECTED_BY -> 14;
            case PREVIOUS_YEAR, SUPPORT -> 24;
            case RANK_REASON, NOTE -> 36;
            case CONTACT1_EMAIL, CONTACT2_EMAIL, CONTACT3_EMAIL -> 28;
            case CONTACT1_PHONE, CONTACT2_PHONE, CONTACT3_PHONE, CONTACT1_DEPARTMENT, CONTACT2_DEPARTMENT,
                    CONTACT3_DEPARTMENT -> 16;
            default -> 14;
        };
    }

    private static void writeRegistry(XSSFSheet sheet, List<RegisteredHospital> registry, Styles styles) {
        Row header = sheet.createRow(0);
        text(header.createCell(0), FormColumn.HOSPITAL_CODE.header(), styles.header);
        text(header.createCell(1), FormColumn.HOSPITAL_NAME.header(), styles.header);
        text(header.createCell(2), FormColumn.BEDS.header(), styles.header);
        int r = 1;
        for (RegisteredHospital h : registry.stream().sorted(Comparator.comparing(RegisteredHospital::code)).toList()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), h.code().value(), styles);
            text(row.createCell(1), h.name(), styles);
            if (h.beds() != null) {
                number(row.createCell(2), h.beds(), styles.integer);
            }
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.createFreezePane(0, 1);
    }

    private static Cell cell(Row row, FormColumn column) {
        return row.createCell(column.ordinal());
    }

    /** Always a string cell; text Excel would take for a formula also gets the quote prefix when edited. */
    private static void text(Cell cell, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        text(cell, value, looksLikeFormula(value) ? styles.quoted : styles.text);
    }

    private static void text(Cell cell, String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** Text Excel would take for a formula when the cell is edited: such text is written with the quote prefix. */
    public static boolean looksLikeFormula(String value) {
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static void number(Cell cell, int value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Cell cell, LocalDate value, Styles styles) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    private static <E> String[] labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toArray(String[]::new);
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle note;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle integer;
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
            label = wb.createCellStyle();
            label.setFont(bold);
            note = wb.createCellStyle();
            header = headerStyle(wb, bold, IndexedColors.GREY_25_PERCENT);
            requiredHeader = headerStyle(wb, bold, IndexedColors.LIGHT_ORANGE);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            quoted = wb.createCellStyle();
            quoted.setDataFormat(textFormat);
            quoted.setQuotePrefixed(true);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        }

        private static CellStyle headerStyle(XSSFWorkbook wb, Font bold, IndexedColors fill) {
            CellStyle s = wb.createCellStyle();
            s.setFont(bold);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
