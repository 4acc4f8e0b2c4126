package jp.mamori.nomination.form;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A sheet's header row, found by header text in any column order; unknown columns are ignored. Shared by every
 * sheet read with the form's pieces: each supplies its own columns and the one header that marks the row.
 *
 * @param rowIndex zero-based index of the header row
 * @param columns  where each known column is (zero-based)
 */
public record HeaderRow<C extends Enum<C>>(int rowIndex, Map<C, Integer> columns) {

    public HeaderRow {
        columns = Map.copyOf(columns);
    }

    /** The first row within {@link FormLayout#HEADER_SEARCH_ROWS} whose cells name the {@code key} column. */
    public static <C extends Enum<C>> Optional<HeaderRow<C>> find(Sheet sheet, CellReader cells, Class<C> type,
                                                                   Function<String, Optional<C>> columnFor, C key) {
        for (Row row : sheet) {
            if (row.getRowNum() >= FormLayout.HEADER_SEARCH_ROWS) {
                break;
            }
            Map<C, Integer> found = new EnumMap<>(type);
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= FormLimits.MAX_COLUMNS) {
                    break;
                }
                CellInput in = cells.read(cell);
                if (in.kind() == CellInput.Kind.TEXT) {
                    // A repeated header keeps its first column.
                    columnFor.apply(in.text()).ifPresent(c -> found.putIfAbsent(c, cell.getColumnIndex()));
                }
            }
            if (found.containsKey(key)) {
                return Optional.of(new HeaderRow<>(row.getRowNum(), found));
            }
        }
        return Optional.empty();
    }

    /** The header row as Excel numbers it. */
    public int sheetRow() {
        return rowIndex + 1;
    }

    public boolean has(C column) {
        return columns.containsKey(column);
    }

    /** The row's cell under {@code column}, or null when the column or the cell is absent. */
    public Cell cell(Row row, C column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }
}
