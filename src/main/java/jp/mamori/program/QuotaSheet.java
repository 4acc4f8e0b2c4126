package jp.mamori.program;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.Csv;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;

/**
 * The quota sheet (対象数一覧): one row per prefecture with its quota and, in a banded program,
 * one column per band id. Read from CSV (UTF-8 or Shift_JIS, as Excel saves it), written as CSV
 * with a BOM so Excel opens it in Japanese.
 */
final class QuotaSheet {

    static final String PREFECTURE = "都道府県コード";
    static final String NAME = "都道府県名";
    static final String QUOTA = "対象数";
    private static final Set<String> PREFECTURE_ALIASES = Set.of(PREFECTURE, "prefecture_code", "prefecturecode");
    private static final Set<String> QUOTA_ALIASES = Set.of(QUOTA, "quota");

    /** 47 prefectures and a title or notes: anything longer is not a quota sheet. */
    static final int MAX_LINES = 1_000;

    private QuotaSheet() {
    }

    record Row(int line, String prefecture, String quota, Map<String, String> bands) {
    }

    static String write(List<BedBand> bands, Map<String, String> names, Map<String, ProgramInput.Quota> quotas) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(PREFECTURE).append(',').append(NAME).append(',').append(QUOTA);
        bands.forEach(b -> out.append(',').append(b.id()));
        out.append("\r\n");
        names.forEach((code, name) -> {
            ProgramInput.Quota q = quotas.get(code);
            out.append(code).append(',').append(name).append(',').append(q == null ? "" : q.quota());
            bands.forEach(b -> out.append(',').append(q == null || !q.bands().containsKey(b.id()) ? "" : q.bands().get(b.id())));
            out.append("\r\n");
        });
        return out.toString();
    }

    static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** Quotas read from the sheet, or every problem with its line. */
    static List<ProgramInput.Quota> read(String text, List<BedBand> bands, List<Problem> problems) {
        try {
            return read(Csv.read(text, MAX_LINES), bands, problems);
        } catch (jp.mamori.shared.ValidationException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    /** The same sheet as rows already split into cells (from CSV or from a workbook), numbered as the user sees them. */
    static List<ProgramInput.Quota> read(List<Csv.Record> lines, List<BedBand> bands, List<Problem> problems) {
        if (lines.isEmpty() || lines.get(0).blank()) {
            problems.add(new Problem(1, null, "HEADER_NOT_FOUND", "1行目に見出し（" + PREFECTURE + "," + QUOTA + "）が必要です。"));
            return List.of();
        }
        List<String> header = lines.get(0).fields();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(norm(header.get(i)), i);
        }
        Integer prefCol = find(index, PREFECTURE_ALIASES);
        Integer quotaCol = find(index, QUOTA_ALIASES);
        if (prefCol == null) {
            problems.add(new Problem(1, PREFECTURE, "MISSING_COLUMN", "見出しに「" + PREFECTURE + "」の列がありません。"));
        }
        if (quotaCol == null && bands.isEmpty()) {
            problems.add(new Problem(1, QUOTA, "MISSING_COLUMN", "見出しに「" + QUOTA + "」の列がありません。"));
        }
        Map<String, Integer> bandCols = new LinkedHashMap<>();
        for (BedBand b : bands) {
            Integer col = index.get(norm(b.id()));
            if (col == null) {
                problems.add(new Problem(1, b.id(), "MISSING_COLUMN", "見出しに病床規模の区分「" + b.id() + "」の列がありません。"));
            } else {
                bandCols.put(b.id(), col);
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<ProgramInput.Quota> quotas = new ArrayList<>();
        for (Csv.Record record : lines.subList(1, lines.size())) {
            if (record.blank()) {
                continue;
            }
            int line = record.line();
            List<String> c = record.fields();
            String pref = norm(cell(c, prefCol));
            if (pref.length() == 1) {
                pref = "0" + pref;
            }
            if (!PrefectureCode.isValid(pref)) {
                problems.add(new Problem(line, PREFECTURE, "INVALID_VALUE", line + "行目: 都道府県コード「" + cell(c, prefCol) + "」は01〜47で入力してください。"));
                continue;
            }
            Map<String, Integer> byBand = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : bandCols.entrySet()) {
                Integer v = number(cell(c, e.getValue()), line, e.getKey(), problems);
                byBand.put(e.getKey(), v == null ? 0 : v);
            }
            Integer quota = quotaCol == null || norm(cell(c, quotaCol)).isEmpty()
                    ? (bands.isEmpty() ? null : byBand.values().stream().mapToInt(Integer::intValue).sum())
                    : number(cell(c, quotaCol), line, QUOTA, problems);
            if (quota == null) {
                if (quotaCol != null && norm(cell(c, quotaCol)).isEmpty()) {
                    problems.add(new Problem(line, QUOTA, "MISSING_VALUE", line + "行目: 対象数を入力してください（0も可）。"));
                }
                continue;
            }
            quotas.add(new ProgramInput.Quota(pref, quota, byBand));
        }
        return quotas;
    }

    private static Integer number(String raw, int line, String column, List<Problem> problems) {
        String s = norm(raw).replace(",", "");
        if (s.isEmpty()) {
            return 0;
        }
        if (!s.matches("\\d{1,7}")) {
            problems.add(new Problem(line, column, "INVALID_VALUE", line + "行目「" + column + "」: 「" + raw + "」は0以上の整数で入力してください。"));
            return null;
        }
        return Integer.parseInt(s);
    }

    private static Integer find(Map<String, Integer> index, Set<String> names) {
        return names.stream().map(n -> index.get(norm(n))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String cell(List<String> cells, Integer i) {
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
