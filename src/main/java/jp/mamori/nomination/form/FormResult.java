package jp.mamori.nomination.form;

import java.util.List;

/**
 * What the import found. An upload is all or nothing: store {@link #rows()} only when {@link #errors()} is empty.
 *
 * @param rows     the rows read without any error, in sheet order
 * @param errors   every error found, ordered by row then column
 * @param warnings problems that do not block the upload (NAME_MISMATCH, BEDS_MISMATCH)
 * @param stamp    the list and version the uploaded form was exported from; null when built by hand or typed on a page
 */
public record FormResult(List<NominationRow> rows, List<FormProblem> errors, List<FormProblem> warnings, FormStamp stamp) {

    public FormResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public FormResult(List<NominationRow> rows, List<FormProblem> errors, List<FormProblem> warnings) {
        this(rows, errors, warnings, null);
    }

    static FormResult failed(FormProblem error) {
        return new FormResult(List.of(), List.of(error), List.of());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
