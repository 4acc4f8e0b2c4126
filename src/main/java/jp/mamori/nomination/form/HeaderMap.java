package jp.mamori.nomination.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Where each known column is on the sheet: found by header text, in any order; unknown columns are ignored. */
final class HeaderMap {

    private final int rowIndex;
    private final Map<FormColumn, Integer> columns;

    private HeaderMap(int rowIndex, Map<FormColumn, Integer> columns) {
        this.rowIndex = rowIndex;
        this.columns = Collections.unmodifiableMap(columns);
    }

    /** Every column present: entries typed on a page rather than read from a sheet. */
    static HeaderMap complete() {
        Map<FormColumn, Integer> all = new EnumMap<>(FormColumn.class);
        for (FormColumn c : FormColumn.values()) {
            all.put(c, c.ordinal());
        }
        return new HeaderMap(-1, all);
    }

    /** The first row (within {@link FormLayout#HEADER_SEARCH_ROWS}) holding a cell 医療機関コード. */
    static Optional<HeaderMap> find(Sheet sheet, CellReader cells) {
        return HeaderRow.find(sheet, cells, FormColumn.class, FormLayout::columnFor, FormColumn.HOSPITAL_CODE)
                .map(h -> new HeaderMap(h.rowIndex(), new EnumMap<>(h.columns())));
    }

    /** Zero-based index of the header row. */
    int rowIndex() {
        return rowIndex;
    }

    /** The header row as Excel numbers it. */
    int sheetRow() {
        return rowIndex + 1;
    }

    boolean has(FormColumn column) {
        return columns.containsKey(column);
    }

    Cell cell(Row row, FormColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }

    /** MISSING_COLUMN for each required column absent, and for the absent ones of a half-present contact 3. */
    List<FormProblem> missingColumns() {
        List<FormProblem> problems = new ArrayList<>();
        for (FormColumn column : FormColumn.values()) {
            if (column.required() && !has(column)) {
                problems.add(FormProblem.of(FormErrorCode.MISSING_COLUMN, sheetRow(), column, FormMessages.missingColumn(column)));
            }
        }
        List<FormColumn> contact3 = FormLayout.contactColumns(3);
        if (contact3.stream().anyMatch(this::has)) {
            contact3.stream().filter(c -> !has(c)).forEach(c -> problems.add(FormProblem.of(
                    FormErrorCode.MISSING_COLUMN, sheetRow(), c, FormMessages.incompleteContact3Columns(c))));
        }
        return problems;
    }
}
