package jp.mamori.inventory.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.nomination.form.FormMessages;
import jp.mamori.shared.Problem;

/**
 * What the sheet held: every row, or, when anything is wrong, no row and every error (all or nothing).
 *
 * @param rows   the filled rows in sheet order; empty whenever {@link #errors()} is not
 * @param errors every error, whole-file ones first, then by row and column; each message names its row and column
 */
public record SheetResult(List<SheetRow> rows, List<Problem> errors) {

    public SheetResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !rows.isEmpty()) {
            throw new IllegalArgumentException("a sheet with errors yields no rows");
        }
    }

    static SheetResult failed(List<Problem> errors) {
        return new SheetResult(List.of(), errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }

    /** Each ID the sheet names and its row, for the caller to check they are all this case's points. */
    public Map<Long, Integer> rowsById() {
        Map<Long, Integer> byId = new LinkedHashMap<>();
        rows.stream().filter(r -> r.id() != null).forEach(r -> byId.put(r.id(), r.row()));
        return byId;
    }

    /** The caller's error for an ID that is not one of the case's connection points. */
    public static Problem unknownId(int row, long id) {
        String column = SheetColumn.ID.header();
        return new Problem(row, column, SheetErrorCode.UNKNOWN_ID.code(), FormMessages.located(row, column,
                "ID " + id + " はこの病院の接続点にありません。別の病院の台帳から行を写した場合は、IDを空欄にして新しい接続点として追加してください。"));
    }
}
