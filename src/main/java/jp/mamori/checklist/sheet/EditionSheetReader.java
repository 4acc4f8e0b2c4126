package jp.mamori.checklist.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.checklist.domain.Target;
import jp.mamori.nomination.form.CellInput;
import jp.mamori.nomination.form.CellReader;
import jp.mamori.nomination.form.FormLimits;
import jp.mamori.nomination.form.FormMessages;
import jp.mamori.nomination.form.HeaderRow;
import jp.mamori.nomination.form.OpenedForm;
import jp.mamori.nomination.form.PoiLimits;
import jp.mamori.nomination.form.Refusal;
import jp.mamori.nomination.form.WorkbookGate;
import jp.mamori.shared.Problem;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads an edition's sheet back with the nomination form's gate (kind of file, zip bomb, sizes) and cell reading.
 * Never throws for a bad file: every problem comes back at once, by row, and then no edition.
 */
public final class EditionSheetReader {

    /** The edition read, the sheet row of each item, or the problems. */
    public record Result(Edition edition, List<Integer> rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public EditionSheetReader() {
        PoiLimits.apply();
    }

    public Result read(byte[] file) {
        if (file != null && file.length > FormLimits.MAX_FILE_BYTES) {
            return failed(Problem.of("FILE_TOO_LARGE", FormMessages.fileTooLarge(FormLimits.MAX_FILE_BYTES)));
        }
        try (OpenedForm form = WorkbookGate.open(file, EditionSheetWriter.SHEET_NAME)) {
            return read(form);
        } catch (Refusal r) {
            return failed(new Problem(r.problem().row(), r.problem().column(), r.problem().code(), r.problem().message()));
        } catch (RuntimeException e) {
            return failed(Problem.of("NOT_A_WORKBOOK", FormMessages.notAWorkbook()));
        }
    }

    private Result read(OpenedForm form) {
        CellReader cells = new CellReader(form.workbook().isDate1904());
        List<Problem> problems = new ArrayList<>();
        HeaderRow<EditionColumn> header = HeaderRow.find(form.sheet(), cells, EditionColumn.class, EditionColumn::forHeader,
                EditionColumn.ID).orElse(null);
        if (header == null) {
            return failed(Problem.of("HEADER_NOT_FOUND", "「項目ID」の見出し行が見つかりません。書き出した様式の見出し行を消さずに記入してください。"));
        }
        for (EditionColumn c : EditionColumn.values()) {
            if (!header.has(c)) {
                problems.add(new Problem(header.sheetRow(), c.header(), "MISSING_COLUMN",
                        FormMessages.located(header.sheetRow(), c.header(), "この列がありません。書き出した様式の列を消さずに記入してください。")));
            }
        }
        Map<String, String> labels = labels(form, cells, header.rowIndex());
        String id = labels.getOrDefault(EditionSheetWriter.LABEL_ID, "");
        EditionKind kind = null;
        try {
            kind = EditionKind.valueOf(labels.getOrDefault(EditionSheetWriter.LABEL_KIND, "").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(label(EditionSheetWriter.LABEL_KIND, "種類は CHECKLIST（チェックリスト）か BCP（BCP確認表）にしてください。"));
        }
        Integer year = year(labels.get(EditionSheetWriter.LABEL_YEAR));
        if (year == null) {
            problems.add(label(EditionSheetWriter.LABEL_YEAR, "年度を西暦の4桁（例: 2025）で入力してください。"));
        }
        String title = labels.getOrDefault(EditionSheetWriter.LABEL_TITLE, "");
        if (!id.matches("[A-Za-z0-9_-]{1,40}")) {
            problems.add(label(EditionSheetWriter.LABEL_ID, "版IDを英数字40文字以内（例: CL2026）で入力してください。"));
        }
        if (title.isBlank()) {
            problems.add(label(EditionSheetWriter.LABEL_TITLE, "表題を入力してください。"));
        }
        List<ChecklistItem> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Row row : form.sheet()) {
            if (row.getRowNum() <= header.rowIndex()) {
                continue;
            }
            ChecklistItem item = item(row, header, cells, problems);
            if (item != null) {
                items.add(item);
                rows.add(row.getRowNum() + 1);
            }
        }
        if (!problems.isEmpty() || kind == null || year == null) {
            return new Result(null, List.of(), problems);
        }
        return new Result(new Edition(id, kind, year, title, items), rows, List.of());
    }

    /** A row whose every column is blank is skipped. */
    private static ChecklistItem item(Row row, HeaderRow<EditionColumn> header, CellReader cells, List<Problem> problems) {
        Map<EditionColumn, String> v = new EnumMap<>(EditionColumn.class);
        for (EditionColumn c : EditionColumn.values()) {
            String text = c == EditionColumn.TEXT ? cells.typedText(header.cell(row, c)) : cells.read(header.cell(row, c)).text();
            v.put(c, text == null ? "" : text.strip());
        }
        if (v.values().stream().allMatch(String::isEmpty)) {
            return null;
        }
        int n = row.getRowNum() + 1;
        int before = problems.size();
        String id = v.get(EditionColumn.ID);
        if (id.isEmpty()) {
            problems.add(cell(n, EditionColumn.ID, "MISSING_VALUE", "項目IDを入力してください（例: 2-1）。"));
        }
        List<Target> targets = new ArrayList<>();
        for (String t : split(v.get(EditionColumn.TARGETS))) {
            Target.parse(t).ifPresentOrElse(targets::add,
                    () -> problems.add(cell(n, EditionColumn.TARGETS, "INVALID_VALUE", "対象は S・PC・NW をカンマで区切って入力してください（入力値: " + t + "）。")));
        }
        Integer from = null;
        if (!v.get(EditionColumn.REQUIRED_FROM).isEmpty()) {
            from = year(v.get(EditionColumn.REQUIRED_FROM));
            if (from == null) {
                problems.add(cell(n, EditionColumn.REQUIRED_FROM, "INVALID_VALUE", "必須化年度を西暦の4桁（例: 2025）で入力してください。"));
            }
        }
        Map<Target, Integer> byTarget = new EnumMap<>(Target.class);
        for (String pair : split(v.get(EditionColumn.REQUIRED_BY_TARGET))) {
            String[] kv = pair.split("=", 2);
            Target t = kv.length == 2 ? Target.parse(kv[0]).orElse(null) : null;
            Integer y = kv.length == 2 ? year(kv[1]) : null;
            if (t == null || y == null) {
                problems.add(cell(n, EditionColumn.REQUIRED_BY_TARGET, "INVALID_VALUE", "対象別の必須化年度は PC=2024 の形でカンマで区切って入力してください（入力値: " + pair + "）。"));
            } else {
                byTarget.put(t, y);
            }
        }
        Integer stage = null;
        if (!v.get(EditionColumn.STAGE).isEmpty()) {
            stage = v.get(EditionColumn.STAGE).matches("[1-9]") ? Integer.valueOf(v.get(EditionColumn.STAGE)) : null;
            if (stage == null) {
                problems.add(cell(n, EditionColumn.STAGE, "INVALID_VALUE", "段階は 1〜5 の数字で入力してください。"));
            }
        }
        String gate = v.get(EditionColumn.GATE);
        if (!gate.isEmpty() && !gate.equals("はい")) {
            problems.add(cell(n, EditionColumn.GATE, "INVALID_VALUE", "前提質問の項目には「はい」と入力し、それ以外は空欄にしてください。"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ChecklistItem(id, v.get(EditionColumn.TEXT), targets, from, byTarget, stage, gate.equals("はい"),
                split(v.get(EditionColumn.PREVIOUS_IDS)));
    }

    private static Map<String, String> labels(OpenedForm form, CellReader cells, int headerIndex) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Row row : form.sheet()) {
            if (row.getRowNum() >= headerIndex) {
                break;
            }
            CellInput label = cells.read(row.getCell(0));
            if (label.kind() == CellInput.Kind.TEXT) {
                String value = EditionSheetWriter.LABEL_TITLE.equals(label.text()) ? cells.typedText(row.getCell(1)) : cells.read(row.getCell(1)).text();
                out.put(label.text(), value == null ? "" : value.strip());
            }
        }
        return out;
    }

    private static Integer year(String s) {
        return s != null && s.strip().matches("(19|20|21)\\d{2}") ? Integer.valueOf(s.strip()) : null;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,、，]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static Problem cell(int row, EditionColumn c, String code, String text) {
        return new Problem(row, c.header(), code, FormMessages.located(row, c.header(), text));
    }

    private static Problem label(String label, String text) {
        return new Problem(null, label, "INVALID_VALUE", FormMessages.located(null, label, text));
    }

    private static Result failed(Problem p) {
        return new Result(null, List.of(), List.of(p));
    }
}
