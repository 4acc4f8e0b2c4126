package jp.mamori.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.Csv;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;

/**
 * Reads the registry CSV (`hospital_code,name,prefecture_code,address,beds,disaster_base,acute_care,emergency`)
 * and reports every bad row with its line, column and what to fix.
 */
final class HospitalCsvParser {

    static final List<String> COLUMNS = List.of("hospital_code", "name", "prefecture_code", "address", "beds",
            "disaster_base", "acute_care", "emergency");
    static final int MAX_ROWS = 20_000;
    /** Lines read at most, blank ones included: a file of endless empty lines stops here, cheaply. */
    static final int MAX_LINES = MAX_ROWS * 2;
    static final int NAME_LENGTH = 200;
    static final int ADDRESS_LENGTH = 300;

    record Result(List<Hospital> hospitals, List<Problem> errors, List<Problem> warnings) {
    }

    private HospitalCsvParser() {
    }

    static Result parse(String text) {
        try {
            return parse(Csv.read(text, MAX_LINES));
        } catch (jp.mamori.shared.ValidationException e) {
            return new Result(List.of(), e.problems(), List.of());
        }
    }

    static Result parse(List<Csv.Record> records) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Hospital> hospitals = new ArrayList<>();
        if (records.isEmpty() || records.get(0).blank()) {
            errors.add(new Problem(1, null, "EMPTY_FILE", "1行目に見出し行（" + String.join(",", COLUMNS) + "）が必要です。"));
            return new Result(hospitals, errors, warnings);
        }
        Map<String, Integer> index = headerIndex(records.get(0), errors);
        if (!errors.isEmpty()) {
            return new Result(hospitals, errors, warnings);
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add(new Problem(null, null, "TOO_MANY_ROWS",
                    "行数が多すぎます（" + (records.size() - 1) + "行）。1回に" + MAX_ROWS + "行までにしてください。"));
            return new Result(hospitals, errors, warnings);
        }
        Set<String> known = PrefectureCodes.ALL;
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            if (r.blank()) {
                continue;
            }
            parseRow(r, index, known, seen, errors, warnings).ifPresent(hospitals::add);
        }
        return new Result(hospitals, errors, warnings);
    }

    private static Map<String, Integer> headerIndex(Csv.Record header, List<Problem> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = Normalizer.normalize(header.fields().get(i), Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
            index.putIfAbsent(name, i);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                errors.add(new Problem(1, column, "MISSING_COLUMN",
                        "見出し行に列「" + column + "」がありません。見出しは " + String.join(",", COLUMNS) + " です。"));
            }
        }
        return index;
    }

    private static Optional<Hospital> parseRow(Csv.Record r, Map<String, Integer> index, Set<String> known,
                                               Map<String, Integer> seen, List<Problem> errors, List<Problem> warnings) {
        int line = r.line();
        int before = errors.size();
        String rawCode = cell(r, index, "hospital_code");
        String name = cell(r, index, "name").trim().replace('\u3000', ' ').strip();
        String rawPref = cell(r, index, "prefecture_code");
        String address = cell(r, index, "address").strip();
        String rawBeds = cell(r, index, "beds");

        HospitalCode code = null;
        if (rawCode.isBlank()) {
            errors.add(new Problem(line, "hospital_code", "MISSING_VALUE", line + "行目: 医療機関コードを入力してください。"));
        } else {
            code = HospitalCode.tryParse(rawCode).orElse(null);
            if (code == null) {
                errors.add(new Problem(line, "hospital_code", "INVALID_HOSPITAL_CODE",
                        line + "行目: 医療機関コード「" + rawCode + "」は、先頭2桁が都道府県コード（01〜47）の10桁の数字で入力してください。"));
            }
        }
        if (name.isEmpty()) {
            errors.add(new Problem(line, "name", "MISSING_VALUE", line + "行目: 病院名を入力してください。"));
        } else {
            text(line, "name", "病院名", name, NAME_LENGTH, errors);
        }
        PrefectureCode pref = null;
        String p = Normalizer.normalize(rawPref, Normalizer.Form.NFKC).trim();
        if (p.length() == 1) {
            p = "0" + p;
        }
        if (p.isEmpty()) {
            errors.add(new Problem(line, "prefecture_code", "MISSING_VALUE", line + "行目: 都道府県コードを入力してください。"));
        } else if (!known.contains(p)) {
            errors.add(new Problem(line, "prefecture_code", "UNKNOWN_PREFECTURE",
                    line + "行目: 都道府県コード「" + rawPref + "」はありません。01〜47で入力してください。"));
        } else {
            pref = new PrefectureCode(p);
        }
        if (code != null && pref != null && !code.prefecture().equals(pref)) {
            errors.add(new Problem(line, "prefecture_code", "PREFECTURE_MISMATCH",
                    line + "行目: 医療機関コードの先頭2桁（" + code.prefecture() + "）と都道府県コード（" + pref + "）が一致しません。"));
        }
        text(line, "address", "住所", address, ADDRESS_LENGTH, errors);
        Integer beds = null;
        String b = Normalizer.normalize(rawBeds, Normalizer.Form.NFKC).trim().replace(",", "");
        if (!b.isEmpty()) {
            if (b.matches("\\d{1,6}")) {
                beds = Integer.parseInt(b);
            } else {
                errors.add(new Problem(line, "beds", "INVALID_VALUE",
                        line + "行目: 病床数「" + rawBeds + "」は0以上の整数で入力してください（不明なら空欄）。"));
            }
        }
        boolean disaster = flag(r, index, "disaster_base", line, errors);
        boolean acute = flag(r, index, "acute_care", line, errors);
        boolean emergency = flag(r, index, "emergency", line, errors);
        if (code != null) {
            Integer first = seen.putIfAbsent(code.value(), line);
            if (first != null) {
                errors.add(new Problem(line, "hospital_code", "DUPLICATE_HOSPITAL",
                        line + "行目: 医療機関コード " + code + " は" + first + "行目と重複しています。"));
            } else if (!code.checkDigitMatches()) {
                warnings.add(new Problem(line, "hospital_code", "CHECK_DIGIT_MISMATCH",
                        line + "行目: 医療機関コード " + code + " の検査数字が一般的な計算と一致しません（登録はします。念のため確認してください）。"));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Hospital(code, name, pref, address.isEmpty() ? null : address, beds, disaster, acute, emergency));
    }

    /** Stored text goes through the one rule for every import (control, bidi, undecoded escape bytes, length). */
    private static void text(int line, String column, String label, String value, int max, List<Problem> errors) {
        TextRules.checkLine(column, label, value, max)
                .ifPresent(p -> errors.add(new Problem(line, column, p.code(), line + "行目: " + p.message())));
    }

    private static boolean flag(Csv.Record r, Map<String, Integer> index, String column, int line, List<Problem> errors) {
        String v = Normalizer.normalize(cell(r, index, column), Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "0", "false" -> false;
            case "1", "true" -> true;
            default -> {
                errors.add(new Problem(line, column, "INVALID_VALUE",
                        line + "行目: 「" + column + "」は true/false または 1/0 で入力してください（入力値: " + v + "）。"));
                yield false;
            }
        };
    }

    private static String cell(Csv.Record r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= r.fields().size() ? "" : r.fields().get(i);
    }
}
