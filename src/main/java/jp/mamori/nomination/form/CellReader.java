package jp.mamori.nomination.form;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads a cell into a {@link CellInput}. Formulas are never evaluated: only the value Excel cached is used.
 * Public for the other sheets read with the form's pieces (the inventory's 外部接続点台帳).
 */
public final class CellReader {

    private final boolean date1904;

    public CellReader(boolean date1904) {
        this.date1904 = date1904;
    }

    public CellInput read(Cell cell) {
        if (cell == null) {
            return CellInput.BLANK;
        }
        try {
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                // A formula saved without a cached value (some generators do this) reads as blank, not as 0.
                if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                    return CellInput.BLANK;
                }
                type = cell.getCachedFormulaResultType();
            }
            return switch (type) {
                case STRING -> CellInput.text(cell.getRichStringCellValue().getString());
                case NUMERIC -> number(cell);
                case BOOLEAN -> CellInput.bool(cell.getBooleanCellValue());
                case ERROR -> CellInput.error(errorText(cell));
                default -> CellInput.BLANK;
            };
        } catch (RuntimeException e) {
            // A hostile or damaged cell (e.g. text in a numeric cell's value) must not abort the whole import.
            return CellInput.UNREADABLE;
        }
    }

    /**
     * Free text exactly as typed, only trimmed: {@link CellInput#text()} folds widths (NFKC), which is right for
     * codes and choices but would change a typed name. Non-text cells give their {@link CellInput#text()}.
     */
    public String typedText(Cell cell) {
        CellInput in = read(cell);
        if (in.kind() != CellInput.Kind.TEXT) {
            return in.text();
        }
        try {
            return cell.getRichStringCellValue().getString().strip();
        } catch (RuntimeException e) {
            return in.text();
        }
    }

    private CellInput number(Cell cell) {
        double d = cell.getNumericCellValue();
        if (!Double.isFinite(d)) {
            return CellInput.UNREADABLE;
        }
        boolean dateFormatted = isDateFormatted(cell);
        String text = plain(d);
        if (dateFormatted) {
            LocalDate date = FormDates.fromSerial(d, date1904);
            if (date != null) {
                text = date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            }
        }
        return CellInput.number(d, dateFormatted, text);
    }

    private static boolean isDateFormatted(Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String errorText(Cell cell) {
        if (cell instanceof XSSFCell x) {
            return x.getErrorCellString();
        }
        return "#ERROR";
    }

    /** 120.0 → "120", 1.5 → "1.5", never scientific notation. */
    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
