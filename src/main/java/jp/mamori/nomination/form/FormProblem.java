package jp.mamori.nomination.form;

/**
 * One error or warning of an upload.
 *
 * @param row     the sheet row number as Excel shows it (1-based), or null for the whole file
 * @param column  the column header (e.g. 許可病床数), or null when no single column is at fault
 * @param code    a {@link FormErrorCode} name
 * @param message what to fix, in Japanese, already naming the row and column
 */
public record FormProblem(Integer row, String column, String code, String message) {

    static FormProblem of(FormErrorCode code, Integer row, String column, String text) {
        return new FormProblem(row, column, code.code(), FormMessages.located(row, column, text));
    }

    static FormProblem of(FormErrorCode code, Integer row, FormColumn column, String text) {
        return of(code, row, column == null ? null : column.header(), text);
    }

    static FormProblem ofFile(FormErrorCode code, String text) {
        return of(code, null, (String) null, text);
    }
}
