package jp.mamori.nomination.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The import of an uploaded nomination form. Never throws for a bad file: whatever is wrong with it comes
 * back as {@link FormProblem}s, all of them at once. Formulas are never evaluated (cached values only) and
 * external links are never followed. The caps are in {@link FormLimits}.
 */
public final class FormReader {

    private final RegistryLookup registry;

    public FormReader(RegistryLookup registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        PoiLimits.apply();
    }

    /**
     * @param in                  the upload; the caller has already capped its size (see {@link FormLimits#MAX_FILE_BYTES})
     * @param prefecture          the prefecture whose list this is
     * @param selectedOrWithdrawn hospitals of this prefecture already SELECTED or WITHDRAWN: they may not disappear
     */
    public FormResult read(InputStream in, PrefectureCode prefecture, Set<HospitalCode> selectedOrWithdrawn) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(FormLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return FormResult.failed(FormProblem.ofFile(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook()));
        }
        return read(bytes, prefecture, selectedOrWithdrawn);
    }

    public FormResult read(byte[] file, PrefectureCode prefecture, Set<HospitalCode> selectedOrWithdrawn) {
        Objects.requireNonNull(prefecture, "prefecture");
        Set<HospitalCode> protectedCodes = selectedOrWithdrawn == null ? Set.of() : selectedOrWithdrawn;
        if (file != null && file.length > FormLimits.MAX_FILE_BYTES) {
            return FormResult.failed(FormProblem.ofFile(FormErrorCode.FILE_TOO_LARGE,
                    FormMessages.fileTooLarge(FormLimits.MAX_FILE_BYTES)));
        }
        List<FormProblem> errors = new ArrayList<>();
        List<ParsedRow> rows;
        FormStamp stamp;
        try (OpenedForm form = WorkbookGate.open(file)) {
            stamp = FormStamp.readFrom(form.workbook().getProperties()).orElse(null);
            rows = readRows(form, errors);
        } catch (Refusal r) {
            return FormResult.failed(r.problem());
        } catch (RuntimeException e) {
            // POI on a damaged file; anything the registry throws comes later and is not caught here.
            return FormResult.failed(FormProblem.ofFile(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook()));
        }
        FormResult checked = check(rows, errors, prefecture, protectedCodes);
        return new FormResult(checked.rows(), checked.errors(), checked.warnings(), stamp);
    }

    /**
     * The same checks as an upload, for a list typed or edited on a page: each entry maps columns to the
     * text typed (dates and yes/no words as on the form). Entries are numbered 1, 2, ... as the page lists them.
     */
    public FormResult readEntries(List<Map<FormColumn, String>> entries, PrefectureCode prefecture,
                                  Set<HospitalCode> selectedOrWithdrawn) {
        Objects.requireNonNull(prefecture, "prefecture");
        List<FormProblem> errors = new ArrayList<>();
        RowParser parser = new RowParser(HeaderMap.complete(), new CellReader(false), false);
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<FormColumn, CellInput> in = new java.util.EnumMap<>(FormColumn.class);
            entries.get(i).forEach((column, text) -> in.put(column,
                    text == null || text.isBlank() ? CellInput.BLANK : CellInput.text(text)));
            ParsedRow parsed = parser.parse(i + 1, in, errors);
            if (parsed != null) {
                rows.add(parsed);
            }
        }
        return check(rows, errors, prefecture, selectedOrWithdrawn == null ? Set.of() : selectedOrWithdrawn);
    }

    private FormResult check(List<ParsedRow> rows, List<FormProblem> errors, PrefectureCode prefecture,
                             Set<HospitalCode> protectedCodes) {
        List<FormProblem> warnings = new ArrayList<>();
        checkDuplicates(rows, errors);
        checkRegistry(rows, prefecture, errors, warnings);
        checkNothingSelectedRemoved(rows, protectedCodes, errors);

        errors.sort(ORDER);
        warnings.sort(ORDER);
        Set<Integer> rowsWithErrors = new HashSet<>();
        errors.stream().map(FormProblem::row).filter(Objects::nonNull).forEach(rowsWithErrors::add);
        List<NominationRow> good = rows.stream()
                .filter(p -> p.row() != null && !rowsWithErrors.contains(p.sheetRow()))
                .map(ParsedRow::row)
                .toList();
        return new FormResult(good, errors, warnings);
    }

    private static List<ParsedRow> readRows(OpenedForm form, List<FormProblem> errors) throws Refusal {
        boolean date1904 = form.workbook().isDate1904();
        CellReader cells = new CellReader(date1904);
        HeaderMap header = HeaderMap.find(form.sheet(), cells)
                .orElseThrow(() -> new Refusal(FormErrorCode.HEADER_NOT_FOUND, FormMessages.headerNotFound()));
        errors.addAll(header.missingColumns());
        RowParser parser = new RowParser(header, cells, date1904);
        List<ParsedRow> rows = new ArrayList<>();
        for (Row row : form.sheet()) {
            if (row.getRowNum() <= header.rowIndex()) {
                continue;
            }
            ParsedRow parsed = parser.parse(row, errors);
            if (parsed == null) {
                continue;
            }
            if (rows.size() >= FormLimits.MAX_DATA_ROWS) {
                throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.tooManyRows(FormLimits.MAX_DATA_ROWS));
            }
            rows.add(parsed);
        }
        return rows;
    }

    private static void checkDuplicates(List<ParsedRow> rows, List<FormProblem> errors) {
        Map<Integer, Integer> rankAt = new HashMap<>();
        Map<HospitalCode, Integer> codeAt = new HashMap<>();
        for (ParsedRow p : rows) {
            if (p.rank() != null) {
                Integer first = rankAt.putIfAbsent(p.rank(), p.sheetRow());
                if (first != null) {
                    errors.add(FormProblem.of(FormErrorCode.DUPLICATE_RANK, p.sheetRow(), FormColumn.RANK,
                            FormMessages.duplicateRank(p.rank(), first)));
                }
            }
            if (p.code() != null) {
                Integer first = codeAt.putIfAbsent(p.code(), p.sheetRow());
                if (first != null) {
                    errors.add(FormProblem.of(FormErrorCode.DUPLICATE_HOSPITAL, p.sheetRow(), FormColumn.HOSPITAL_CODE,
                            FormMessages.duplicateHospital(p.code().value(), first)));
                }
            }
        }
    }

    private void checkRegistry(List<ParsedRow> rows, PrefectureCode prefecture, List<FormProblem> errors,
            List<FormProblem> warnings) {
        Set<HospitalCode> codes = new LinkedHashSet<>();
        rows.stream().map(ParsedRow::code).filter(Objects::nonNull).forEach(codes::add);
        if (codes.isEmpty()) {
            return;
        }
        Map<HospitalCode, RegisteredHospital> known = registry.findAll(codes);
        for (ParsedRow p : rows) {
            if (p.code() == null) {
                continue;
            }
            RegisteredHospital h = known.get(p.code());
            if (h == null) {
                errors.add(FormProblem.of(FormErrorCode.UNKNOWN_HOSPITAL, p.sheetRow(), FormColumn.HOSPITAL_CODE,
                        FormMessages.unknownHospital(p.code().value())));
            } else if (!h.prefecture().equals(prefecture)) {
                errors.add(FormProblem.of(FormErrorCode.WRONG_PREFECTURE, p.sheetRow(), FormColumn.HOSPITAL_CODE,
                        FormMessages.wrongPrefecture(p.code().value(), h.name(), h.prefecture().value(), prefecture.value())));
            } else {
                if (p.name() != null && h.name() != null && !FormText.compact(p.name()).equals(FormText.compact(h.name()))) {
                    warnings.add(FormProblem.of(FormErrorCode.NAME_MISMATCH, p.sheetRow(), FormColumn.HOSPITAL_NAME,
                            FormMessages.nameMismatch(h.name())));
                }
                if (p.beds() != null && h.beds() != null && !p.beds().equals(h.beds())) {
                    warnings.add(FormProblem.of(FormErrorCode.BEDS_MISMATCH, p.sheetRow(), FormColumn.BEDS,
                            FormMessages.bedsMismatch(h.beds())));
                }
            }
        }
    }

    private void checkNothingSelectedRemoved(List<ParsedRow> rows, Set<HospitalCode> protectedCodes, List<FormProblem> errors) {
        Set<HospitalCode> listed = new HashSet<>();
        rows.stream().map(ParsedRow::code).filter(Objects::nonNull).forEach(listed::add);
        List<HospitalCode> removed = protectedCodes.stream().filter(c -> !listed.contains(c)).sorted().toList();
        if (removed.isEmpty()) {
            return;
        }
        Map<HospitalCode, RegisteredHospital> known = registry.findAll(removed);
        for (HospitalCode code : removed) {
            RegisteredHospital h = known.get(code);
            // No row to point at: the message names the hospital itself.
            errors.add(new FormProblem(null, FormColumn.HOSPITAL_CODE.header(), FormErrorCode.SELECTED_HOSPITAL_REMOVED.code(),
                    FormMessages.selectedHospitalRemoved(code.value(), h == null ? null : h.name())));
        }
    }

    /** Whole-file problems first, then by row, then in the form's column order. */
    private static final Comparator<FormProblem> ORDER = Comparator
            .comparing(FormProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(p -> columnOrder(p.column()));

    private static int columnOrder(String header) {
        return header == null ? Integer.MAX_VALUE : FormLayout.columnFor(header).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
