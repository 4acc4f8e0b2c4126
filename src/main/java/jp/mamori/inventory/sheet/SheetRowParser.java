package jp.mamori.inventory.sheet;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import jp.mamori.inventory.domain.Device;
import jp.mamori.nomination.form.CellInput;
import jp.mamori.nomination.form.CellReader;
import jp.mamori.nomination.form.FormDates;
import jp.mamori.nomination.form.FormText;
import jp.mamori.nomination.form.HeaderRow;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;

/** One sheet row into a {@link SheetRow}, collecting every problem of the row; null for a blank row or a repeated header. */
final class SheetRowParser {

    private final HeaderRow<SheetColumn> header;
    private final CellReader cells;
    private final boolean date1904;
    private final LocalDate today;

    SheetRowParser(HeaderRow<SheetColumn> header, CellReader cells, boolean date1904, LocalDate today) {
        this.header = header;
        this.cells = cells;
        this.date1904 = date1904;
        this.today = today;
    }

    SheetRow parse(Row row, List<Problem> errors) {
        Map<SheetColumn, CellInput> in = new EnumMap<>(SheetColumn.class);
        boolean blank = true;
        for (SheetColumn column : SheetColumn.values()) {
            CellInput v = cells.read(header.cell(row, column));
            in.put(column, v);
            blank &= v.isBlank();
        }
        CellInput purpose = in.get(SheetColumn.PURPOSE);
        if (blank || FormText.compact(purpose.text()).equals(SheetColumn.PURPOSE.header())) {
            return null;
        }
        return new Fields(row, in, errors).read();
    }

    /** The values of one row; each getter reports its own problem and answers null. */
    private final class Fields {
        private final Row row;
        private final int sheetRow;
        private final Map<SheetColumn, CellInput> in;
        private final List<Problem> errors;

        Fields(Row row, Map<SheetColumn, CellInput> in, List<Problem> errors) {
            this.row = row;
            this.sheetRow = row.getRowNum() + 1;
            this.in = in;
            this.errors = errors;
        }

        SheetRow read() {
            var purpose = choice(SheetColumn.PURPOSE, Choice.PURPOSE);
            if (purpose == null && in.get(SheetColumn.PURPOSE).isBlank() && header.has(SheetColumn.PURPOSE)) {
                error(SheetErrorCode.MISSING_VALUE, SheetColumn.PURPOSE, SheetMessages.missingPurpose(Choice.PURPOSE.labels()));
            }
            Device device = new Device(text(SheetColumn.VENDOR), text(SheetColumn.PRODUCT), text(SheetColumn.VERSION),
                    text(SheetColumn.ADDRESS));
            return new SheetRow(sheetRow, id(), purpose, text(SheetColumn.COUNTERPART), text(SheetColumn.SYSTEM),
                    choice(SheetColumn.LINE, Choice.LINE), device, yesNo(SheetColumn.ALWAYS_ON), text(SheetColumn.OPENED_BY),
                    choice(SheetColumn.AUTHENTICATION, Choice.AUTHENTICATION), yesNo(SheetColumn.SOURCE_RESTRICTED),
                    yesNo(SheetColumn.LOGGING), yesNo(SheetColumn.LOG_REVIEWED), lastPatchedOn(), yesNo(SheetColumn.KNOWN_BEFORE),
                    choice(SheetColumn.STATUS, Choice.STATUS), text(SheetColumn.NOTE));
        }

        private Long id() {
            CellInput v = usable(SheetColumn.ID);
            if (v == null) {
                return null;
            }
            Optional<Long> id = switch (v.kind()) {
                case NUMBER -> v.number() == Math.rint(v.number()) && v.number() >= 1 && v.number() < 1e15 && !v.dateFormatted()
                        ? Optional.of((long) v.number()) : Optional.empty();
                case TEXT -> FormText.compact(v.text()).matches("0*[1-9]\\d{0,17}")
                        ? Optional.of(Long.parseLong(FormText.compact(v.text()))) : Optional.empty();
                default -> Optional.empty();
            };
            if (id.isEmpty()) {
                error(SheetErrorCode.INVALID_VALUE, SheetColumn.ID, SheetMessages.invalidId(v.text()));
            }
            return id.orElse(null);
        }

        private <E extends Enum<E>> E choice(SheetColumn column, Choice<E> choice) {
            CellInput v = usable(column);
            if (v == null) {
                return null;
            }
            Optional<E> value = v.kind() == CellInput.Kind.TEXT ? choice.parse(v.text()) : Optional.empty();
            if (value.isEmpty()) {
                error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.invalidChoice(choice.labels(), v.text()));
            }
            return value.orElse(null);
        }

        private Boolean yesNo(SheetColumn column) {
            CellInput v = usable(column);
            if (v == null) {
                return null;
            }
            Optional<Optional<Boolean>> answer = v.kind() == CellInput.Kind.TEXT || v.kind() == CellInput.Kind.BOOLEAN
                    ? YesNo.parse(v.text()) : Optional.empty();
            if (answer.isEmpty()) {
                error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.invalidYesNo(v.text()));
                return null;
            }
            return answer.get().orElse(null);
        }

        private LocalDate lastPatchedOn() {
            SheetColumn column = SheetColumn.LAST_PATCHED_ON;
            CellInput v = usable(column);
            if (v == null) {
                return null;
            }
            Optional<LocalDate> date = FormDates.parse(v, date1904);
            if (date.isEmpty()) {
                error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.invalidDate(v.text()));
                return null;
            }
            if (date.get().isAfter(today)) {
                error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.futureDate(date.get(), today));
                return null;
            }
            return date.get();
        }

        /** Free text as typed, only trimmed, through the one rule for stored text (length, forbidden characters). */
        private String text(SheetColumn column) {
            CellInput v = usable(column);
            if (v == null) {
                return null;
            }
            Cell cell = header.cell(row, column);
            String typed = cells.typedText(cell);
            if (typed == null || typed.isEmpty()) {
                return null;
            }
            boolean multiLine = column.kind() == SheetColumn.Kind.NOTE;
            var problem = TextRules.check(column.header(), column.header(), typed, column.maxChars(), multiLine);
            if (problem.isPresent()) {
                error(problem.get().code(), column, problem.get().message());
                return null;
            }
            return typed;
        }

        /** The cell's input, or null when it is blank, absent or cannot be used (its problem then reported). */
        private CellInput usable(SheetColumn column) {
            if (!header.has(column)) {
                return null; // reported once as MISSING_COLUMN
            }
            CellInput v = in.get(column);
            switch (v.kind()) {
                case BLANK -> {
                    return null;
                }
                case ERROR -> {
                    error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.formulaError(v.text()));
                    return null;
                }
                case UNREADABLE -> {
                    error(SheetErrorCode.INVALID_VALUE, column, SheetMessages.unreadableCell());
                    return null;
                }
                default -> {
                    return v;
                }
            }
        }

        private void error(SheetErrorCode code, SheetColumn column, String text) {
            error(code.code(), column, text);
        }

        private void error(String code, SheetColumn column, String text) {
            errors.add(InventorySheetReader.problem(code, sheetRow, column, text));
        }
    }
}
