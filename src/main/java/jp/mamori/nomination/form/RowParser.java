package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;

import jp.mamori.shared.TextRules;
import jp.mamori.shared.Contact;
import jp.mamori.shared.ContactFormat;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/** Reads one data row: every value is checked and every problem of the row reported, never just the first. */
final class RowParser {

    private final HeaderMap header;
    private final CellReader cells;
    private final boolean date1904;

    RowParser(HeaderMap header, CellReader cells, boolean date1904) {
        this.header = header;
        this.cells = cells;
        this.date1904 = date1904;
    }

    /** Null for a blank row (or a repeated header row), which is skipped. */
    ParsedRow parse(Row row, List<FormProblem> errors) {
        Map<FormColumn, CellInput> in = new EnumMap<>(FormColumn.class);
        boolean blank = true;
        for (FormColumn column : FormColumn.values()) {
            CellInput value = cells.read(header.cell(row, column));
            in.put(column, value);
            blank &= value.isBlank();
        }
        if (blank || FormText.compact(in.get(FormColumn.HOSPITAL_CODE).text()).equals(FormLayout.KEY_HEADER)) {
            return null;
        }
        return new Scope(row.getRowNum() + 1, in, errors).parse();
    }

    /** One entry typed on a page, numbered as the page shows it; null when every value is blank. */
    ParsedRow parse(int rowNumber, Map<FormColumn, CellInput> in, List<FormProblem> errors) {
        Map<FormColumn, CellInput> all = new EnumMap<>(FormColumn.class);
        for (FormColumn column : FormColumn.values()) {
            all.put(column, in.getOrDefault(column, CellInput.BLANK));
        }
        if (all.values().stream().allMatch(CellInput::isBlank)) {
            return null;
        }
        return new Scope(rowNumber, all, errors).parse();
    }

    /** The values and problems of the row being read. */
    private final class Scope {
        private final int sheetRow;
        private final Map<FormColumn, CellInput> in;
        private final List<FormProblem> errors;
        private boolean complete = true;

        Scope(int sheetRow, Map<FormColumn, CellInput> in, List<FormProblem> errors) {
            this.sheetRow = sheetRow;
            this.in = in;
            this.errors = errors;
        }

        ParsedRow parse() {
            Integer rank = value(FormColumn.RANK, true, v -> positive(Numbers.whole(v, "位")), FormMessages::invalidRank);
            HospitalCode code = value(FormColumn.HOSPITAL_CODE, true, RowParser::hospitalCode, FormMessages::invalidHospitalCode);
            String name = text(FormColumn.HOSPITAL_NAME, true, FormLimits.NAME_CHARS, false);
            Integer beds = value(FormColumn.BEDS, true, v -> Numbers.whole(v, "床").map(Long::intValue), FormMessages::invalidBeds);
            EmrStatus emr = value(FormColumn.EMR, true, choice(EmrStatus::fromLabel), invalidChoice(EmrStatus.values(), EmrStatus::label));
            LocalDate emrPlanned = value(FormColumn.EMR_PLANNED_DATE, false, this::date, FormMessages::invalidDate);
            if (emr == EmrStatus.PLANNED) {
                requireWhen(FormColumn.EMR_PLANNED_DATE, FormMessages.emrPlannedDateRequired());
            }
            Boolean renewal = value(FormColumn.RENEWAL_PLANNED, true, Answers::renewal,
                    v -> FormMessages.invalidChoice(List.of(Answers.RENEWAL_YES, Answers.RENEWAL_NO), v));
            LocalDate onsite = value(FormColumn.ONSITE_EXPECTED_BY, false, this::date, FormMessages::invalidDate);
            if (Boolean.TRUE.equals(renewal)) {
                requireWhen(FormColumn.ONSITE_EXPECTED_BY, FormMessages.onsiteExpectedByRequired());
            }
            PreviousYearParticipation previous = value(FormColumn.PREVIOUS_YEAR, true,
                    choice(PreviousYearParticipation::fromLabel),
                    invalidChoice(PreviousYearParticipation.values(), PreviousYearParticipation::label));
            SupportWanted support = value(FormColumn.SUPPORT, true, choice(SupportWanted::fromLabel),
                    invalidChoice(SupportWanted.values(), SupportWanted::label));
            Boolean consent = value(FormColumn.CONSENT, true, Answers::consent,
                    v -> FormMessages.invalidChoice(List.of(Answers.CONSENT_YES, Answers.CONSENT_NO), v));
            String rankReason = text(FormColumn.RANK_REASON, false, FormLimits.FREE_TEXT_CHARS, true);
            List<Contact> contacts = contacts();
            String note = text(FormColumn.NOTE, false, FormLimits.FREE_TEXT_CHARS, true);

            NominationRow row = complete
                    ? new NominationRow(rank, code, name, beds, emr, emrPlanned, renewal, onsite, previous, support, consent,
                            rankReason, contacts, note, sheetRow)
                    : null;
            return new ParsedRow(sheetRow, rank, code, name, beds, row);
        }

        /** Null when blank, absent or invalid; every problem is recorded. */
        private <T> T value(FormColumn column, boolean required, Function<CellInput, Optional<T>> parse,
                Function<String, String> invalid) {
            if (!header.has(column)) {
                // Reported once as MISSING_COLUMN; the row just cannot be complete.
                complete &= !required;
                return null;
            }
            CellInput v = in.get(column);
            switch (v.kind()) {
                case BLANK -> {
                    if (required) {
                        error(FormErrorCode.MISSING_VALUE, column, FormMessages.missingValue());
                    }
                    return null;
                }
                case ERROR -> {
                    error(FormErrorCode.INVALID_VALUE, column, FormMessages.formulaError(v.text()));
                    return null;
                }
                case UNREADABLE -> {
                    error(FormErrorCode.INVALID_VALUE, column, FormMessages.unreadableCell());
                    return null;
                }
                default -> {
                }
            }
            Optional<T> parsed = parse.apply(v);
            if (parsed.isEmpty()) {
                error(FormErrorCode.INVALID_VALUE, column, invalid.apply(v.text()));
                return null;
            }
            return parsed.get();
        }

        /**
         * Text kept as typed, through the one rule for stored text: a {@code _x0000_} escape that POI decodes
         * to NUL, a bidi override or a text longer than its column is refused here, naming the cell.
         */
        private String text(FormColumn column, boolean required, int maxChars, boolean multiLine) {
            String s = value(column, required, RowParser::text, null);
            if (s == null) {
                return null;
            }
            var problem = TextRules.check(column.header(), column.header(), s, maxChars, multiLine);
            if (problem.isPresent()) {
                error(FormErrorCode.INVALID_VALUE, column, problem.get().message());
                return null;
            }
            return s;
        }

        /** A date that this row's other answers make necessary. */
        private void requireWhen(FormColumn column, String why) {
            if (in.get(column).isBlank()) {
                error(FormErrorCode.MISSING_VALUE, column, header.has(column) ? why : FormMessages.conditionalColumnMissing(column));
            }
        }

        /** Two or three complete contacts; a contact is all four values or none. */
        private List<Contact> contacts() {
            List<Contact> contacts = new ArrayList<>();
            int filled = 0;
            int whole = 0;
            for (int slot = 1; slot <= FormLayout.CONTACT_SLOTS; slot++) {
                List<FormColumn> columns = FormLayout.contactColumns(slot);
                if (columns.stream().allMatch(c -> in.get(c).isBlank())) {
                    continue;
                }
                filled++;
                if (columns.stream().noneMatch(c -> in.get(c).isBlank())) {
                    whole++;
                }
                Contact contact = contact(slot, columns);
                if (contact != null) {
                    contacts.add(contact);
                }
            }
            if (filled < FormLayout.REQUIRED_CONTACTS) {
                error(FormErrorCode.CONTACTS_LT_2, null, FormMessages.contactsLessThanTwo(whole));
            }
            return contacts;
        }

        private Contact contact(int slot, List<FormColumn> columns) {
            int errorsBefore = errors.size();
            String[] values = new String[4];
            for (int i = 0; i < 4; i++) {
                FormColumn column = columns.get(i);
                CellInput v = in.get(column);
                if (v.isBlank()) {
                    if (header.has(column)) {
                        error(FormErrorCode.MISSING_VALUE, column, FormMessages.partialContact(slot));
                    } else {
                        complete = false;
                    }
                } else {
                    values[i] = text(column, false, FormLimits.CONTACT_CHARS[i], false);
                }
            }
            CellInput phoneCell = in.get(columns.get(2));
            if (values[2] != null && phoneCell.kind() == CellInput.Kind.NUMBER) {
                values[2] = "0" + values[2]; // a number cell cannot keep the leading 0 every Japanese number has
            }
            if (values[2] != null && !ContactFormat.isPhone(values[2])) {
                error(FormErrorCode.INVALID_PHONE, columns.get(2), FormMessages.invalidPhone(values[2]));
            }
            if (values[3] != null && !ContactFormat.isEmail(values[3])) {
                error(FormErrorCode.INVALID_EMAIL, columns.get(3), FormMessages.invalidEmail(values[3]));
            }
            boolean ok = errors.size() == errorsBefore && Arrays.stream(values).allMatch(v -> v != null);
            return ok ? new Contact(values[0], values[1], values[2], values[3]) : null;
        }

        private Optional<LocalDate> date(CellInput v) {
            return FormDates.parse(v, date1904);
        }

        private void error(FormErrorCode code, FormColumn column, String text) {
            errors.add(FormProblem.of(code, sheetRow, column, text));
            complete = false;
        }
    }

    private static Optional<String> text(CellInput v) {
        return Optional.of(v.text());
    }

    private static Optional<Integer> positive(Optional<Long> n) {
        return n.filter(x -> x >= 1).map(Long::intValue);
    }

    private static Optional<HospitalCode> hospitalCode(CellInput v) {
        if (v.kind() == CellInput.Kind.NUMBER) {
            String digits = v.text();
            // Excel drops the leading 0 of prefectures 01-09 when a code is typed into a number cell.
            return HospitalCode.tryParse(digits.matches("\\d{9}") ? "0" + digits : digits);
        }
        return v.kind() == CellInput.Kind.TEXT ? HospitalCode.tryParse(v.text()) : Optional.empty();
    }

    private static <E> Function<CellInput, Optional<E>> choice(Function<String, Optional<E>> fromLabel) {
        return v -> v.kind() == CellInput.Kind.TEXT ? fromLabel.apply(FormText.compact(v.text())) : Optional.empty();
    }

    private static <E> Function<String, String> invalidChoice(E[] values, Function<E, String> label) {
        List<String> labels = Arrays.stream(values).map(label).toList();
        return v -> FormMessages.invalidChoice(labels, v);
    }
}
