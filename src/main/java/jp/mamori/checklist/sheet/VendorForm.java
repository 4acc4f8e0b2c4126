package jp.mamori.checklist.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Choice;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.Target;
import jp.mamori.nomination.form.CellInput;
import jp.mamori.nomination.form.CellReader;
import jp.mamori.nomination.form.FormDates;
import jp.mamori.nomination.form.FormText;
import jp.mamori.nomination.form.HeaderRow;
import jp.mamori.nomination.form.OpenedForm;
import jp.mamori.nomination.form.PoiLimits;
import jp.mamori.nomination.form.Refusal;
import jp.mamori.nomination.form.WorkbookGate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The vendor version of the checklist (事業者確認用): the hospital sends it to each system vendor, pre-filled with the
 * hospital and the vendor's systems from the questionnaire; the vendor answers はい / いいえ per item and the hospital
 * uploads it back as a VENDOR_CHECKLIST document. Read leniently for showing: an unreadable answer is left out.
 */
public final class VendorForm {

    public static final String SHEET_NAME = "事業者確認用";
    static final String LABEL_HOSPITAL = "医療機関コード";
    static final String LABEL_VENDOR = "事業者名";
    static final String LABEL_SYSTEMS = "対象システム";
    static final String LABEL_EDITION = "版ID";

    enum Column {
        ID("項目ID"), TEXT("項目"), TARGETS("対象"), ANSWER("回答（はい・いいえ・該当なし）"), CHECKED_ON("確認日"), TARGET_ON("対応予定日");

        final String header;

        Column(String header) {
            this.header = header;
        }

        static Optional<Column> forHeader(String text) {
            String compact = FormText.compact(text);
            for (Column c : values()) {
                if (FormText.compact(c.header).equals(compact)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** What a returned form says: the vendor, the edition and its answers by item id. */
    public record Returned(String vendor, String edition, Map<String, Answer> answers) {
    }

    private VendorForm() {
    }

    public static byte[] write(Edition e, String hospitalCode, String vendor, List<String> systems) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(SHEET_NAME);
            label(sheet, 0, LABEL_EDITION, e.id());
            label(sheet, 1, LABEL_HOSPITAL, hospitalCode);
            label(sheet, 2, LABEL_VENDOR, vendor);
            label(sheet, 3, LABEL_SYSTEMS, String.join("、", systems));
            Row header = sheet.createRow(5);
            for (Column c : Column.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header);
            }
            sheet.setColumnWidth(Column.TEXT.ordinal(), 80 * 256);
            int r = 6;
            for (ChecklistItem i : e.items()) {
                Row row = sheet.createRow(r++);
                row.createCell(Column.ID.ordinal()).setCellValue(i.id());
                row.createCell(Column.TEXT.ordinal()).setCellValue(i.text());
                row.createCell(Column.TARGETS.ordinal()).setCellValue(i.targets().stream().map(Target::name).collect(Collectors.joining(",")));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Empty when the file is not a vendor form at all. */
    public static Optional<Returned> read(byte[] file) {
        PoiLimits.apply();
        try (OpenedForm form = WorkbookGate.open(file, SHEET_NAME)) {
            CellReader cells = new CellReader(form.workbook().isDate1904());
            HeaderRow<Column> header = HeaderRow.find(form.sheet(), cells, Column.class, Column::forHeader, Column.ID).orElse(null);
            if (header == null || !header.has(Column.ANSWER)) {
                return Optional.empty();
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (Row row : form.sheet()) {
                if (row.getRowNum() >= header.rowIndex()) {
                    break;
                }
                labels.put(cells.read(row.getCell(0)).text(), cells.typedText(row.getCell(1)));
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            boolean date1904 = form.workbook().isDate1904();
            for (Row row : form.sheet()) {
                if (row.getRowNum() <= header.rowIndex()) {
                    continue;
                }
                String id = cells.read(header.cell(row, Column.ID)).text();
                Choice choice = choice(cells.read(header.cell(row, Column.ANSWER)).text());
                if (id == null || id.isBlank() || choice == null) {
                    continue;
                }
                answers.put(id.strip(), new Answer(choice, date(cells.read(header.cell(row, Column.CHECKED_ON)), date1904),
                        date(cells.read(header.cell(row, Column.TARGET_ON)), date1904)));
            }
            return Optional.of(new Returned(labels.getOrDefault(LABEL_VENDOR, ""), labels.getOrDefault(LABEL_EDITION, ""), answers));
        } catch (Refusal | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(CellInput in, boolean date1904) {
        return in.isBlank() ? null : FormDates.parse(in, date1904).orElse(null);
    }

    private static Choice choice(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "はい", "YES" -> Choice.YES;
            case "いいえ", "NO" -> Choice.NO;
            case "該当なし", "NA" -> Choice.NA;
            default -> null;
        };
    }

    private static void label(XSSFSheet sheet, int row, String label, String value) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(label);
        r.createCell(1).setCellValue(value == null ? "" : value);
    }
}
