package jp.mamori.inventory.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Row;

import jp.mamori.nomination.form.CellReader;
import jp.mamori.nomination.form.FormLimits;
import jp.mamori.nomination.form.FormMessages;
import jp.mamori.nomination.form.FormProblem;
import jp.mamori.nomination.form.HeaderRow;
import jp.mamori.nomination.form.OpenedForm;
import jp.mamori.nomination.form.PoiLimits;
import jp.mamori.nomination.form.Refusal;
import jp.mamori.nomination.form.WorkbookGate;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.Problem;

/**
 * Reads a filled 外部接続点台帳 back. Never throws for a bad file: whatever is wrong comes back as errors, all of
 * them at once, and then no row at all. The file goes through the nomination form's gate (kind of file, zip bomb,
 * sheet sizes: {@link FormLimits}) and its cells through the form's {@link CellReader}; formulas are never evaluated.
 * Whether each ID is one of the case's points is the caller's check ({@link SheetResult#rowsById()}).
 */
public final class InventorySheetReader {

    private final Clock clock;

    /** @param clock today's date (Tokyo) is the latest last-patch date accepted */
    public InventorySheetReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        PoiLimits.apply();
    }

    /** @param in the upload; read up to {@link FormLimits#MAX_FILE_BYTES} */
    public SheetResult read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(FormLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return failed(SheetErrorCode.NOT_A_WORKBOOK, "ファイルを読み取れませんでした。もう一度アップロードしてください。");
        }
        return read(bytes);
    }

    public SheetResult read(byte[] file) {
        return read(file, null);
    }

    /**
     * For one case: {@code knownIds} are its points, so an ID from another hospital's sheet is an error of its row,
     * reported with every other error; a point must say how far it is confirmed (状態).
     */
    public SheetResult read(byte[] file, java.util.Set<Long> knownIds) {
        if (file != null && file.length > FormLimits.MAX_FILE_BYTES) {
            return failed(SheetErrorCode.FILE_TOO_LARGE, FormMessages.fileTooLarge(FormLimits.MAX_FILE_BYTES));
        }
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        List<Problem> errors = new ArrayList<>();
        List<SheetRow> rows;
        try (OpenedForm form = WorkbookGate.open(file, InventorySheetWriter.SHEET_NAME)) {
            rows = readRows(form, today, errors);
        } catch (Refusal r) {
            return SheetResult.failed(List.of(toProblem(r.problem())));
        } catch (RuntimeException e) {
            // POI on a damaged file that passed the gate.
            return failed(SheetErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
        checkDuplicateIds(rows, errors);
        if (knownIds != null) {
            for (SheetRow r : rows) {
                if (r.id() != null && !knownIds.contains(r.id())) {
                    errors.add(SheetResult.unknownId(r.row(), r.id()));
                }
                if (r.status() == null) {
                    errors.add(problem(SheetErrorCode.MISSING_VALUE, r.row(), SheetColumn.STATUS,
                            "確認状況（図面で確認・ヒアリングで確認・現地で確認・切断済み）を選んでください。"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(ORDER);
            return SheetResult.failed(errors);
        }
        return new SheetResult(rows, List.of());
    }

    private static List<SheetRow> readRows(OpenedForm form, LocalDate today, List<Problem> errors) throws Refusal {
        boolean date1904 = form.workbook().isDate1904();
        CellReader cells = new CellReader(date1904);
        HeaderRow<SheetColumn> header = HeaderRow.find(form.sheet(), cells, SheetColumn.class, SheetColumn::forHeader,
                        SheetColumn.PURPOSE)
                .orElse(null);
        if (header == null) {
            errors.add(problem(SheetErrorCode.HEADER_NOT_FOUND, null, null, SheetMessages.headerNotFound()));
            return List.of();
        }
        for (SheetColumn column : SheetColumn.values()) {
            if (!header.has(column)) {
                errors.add(problem(SheetErrorCode.MISSING_COLUMN, header.sheetRow(), column, SheetMessages.missingColumn(column)));
            }
        }
        SheetRowParser parser = new SheetRowParser(header, cells, date1904, today);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : form.sheet()) {
            if (row.getRowNum() > header.rowIndex()) {
                SheetRow parsed = parser.parse(row, errors);
                if (parsed != null) {
                    rows.add(parsed);
                }
            }
        }
        return rows;
    }

    /** The same ID twice would update one point from two rows: the second row is named, with the first. */
    private static void checkDuplicateIds(List<SheetRow> rows, List<Problem> errors) {
        Map<Long, Integer> firstRow = new HashMap<>();
        for (SheetRow r : rows) {
            if (r.id() == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(r.id(), r.row());
            if (first != null) {
                errors.add(problem(SheetErrorCode.DUPLICATE_ID, r.row(), SheetColumn.ID, SheetMessages.duplicateId(r.id(), first)));
            }
        }
    }

    static Problem problem(SheetErrorCode code, Integer row, SheetColumn column, String text) {
        return problem(code.code(), row, column, text);
    }

    static Problem problem(String code, Integer row, SheetColumn column, String text) {
        String header = column == null ? null : column.header();
        return new Problem(row, header, code, FormMessages.located(row, header, text));
    }

    private static Problem toProblem(FormProblem p) {
        return new Problem(p.row(), p.column(), p.code(), p.message());
    }

    private static SheetResult failed(SheetErrorCode code, String message) {
        return SheetResult.failed(List.of(new Problem(null, null, code.code(), message)));
    }

    /** Whole-file problems first, then by row, then in the sheet's column order. */
    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(p -> p.column() == null ? -1 : SheetColumn.forHeader(p.column()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
}
