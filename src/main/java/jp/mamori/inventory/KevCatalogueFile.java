package jp.mamori.inventory;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;

/**
 * Reads a CISA KEV catalogue (its published JSON schema) and refuses it whole, with every error, when it is not
 * one: a catalogue missing an entry's product or with a count that does not add up would silently match less.
 * {@code row} is the entry's position in {@code vulnerabilities}, 1 for the first.
 */
public final class KevCatalogueFile {

    static final Pattern CVE_ID = Pattern.compile("^CVE-[0-9]{4}-[0-9]{4,19}$");
    private static final String[] REQUIRED = {"cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded",
            "shortDescription", "requiredAction", "dueDate"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private KevCatalogueFile() {
    }

    /** A catalogue as read: its header and its entries with what the page and the evidence show. */
    public record Catalogue(String catalogVersion, Instant dateReleased, int count, List<Row> entries) {
    }

    public record Row(KevEntry entry, String shortDescription, LocalDate dueDate, String notes) {
    }

    public static Catalogue parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw invalid(List.of(Problem.of("NOT_JSON",
                    "JSON として読み取れません。CISA が公開する known_exploited_vulnerabilities.json をそのまま指定してください。")));
        }
        if (root == null || !root.isObject()) {
            throw invalid(List.of(Problem.of("NOT_A_CATALOGUE",
                    "KEV カタログの形式ではありません（最上位が JSON オブジェクトではありません）。")));
        }
        List<Problem> problems = new ArrayList<>();
        String version = text(root, "catalogVersion");
        if (version == null) {
            problems.add(Problem.field("catalogVersion", "REQUIRED", "catalogVersion（カタログの版）がありません。"));
        } else if (version.length() > 32) {
            problems.add(Problem.field("catalogVersion", "TOO_LONG", "catalogVersion は32文字以内にしてください。"));
        }
        Instant released = null;
        String releasedText = text(root, "dateReleased");
        if (releasedText == null) {
            problems.add(Problem.field("dateReleased", "REQUIRED", "dateReleased（公開日時）がありません。"));
        } else {
            try {
                released = OffsetDateTime.parse(releasedText).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(Problem.field("dateReleased", "INVALID_DATE",
                        "dateReleased「" + releasedText + "」は日時（例 2025-08-25T17:04:19.9796Z）ではありません。"));
            }
        }
        JsonNode countNode = root.get("count");
        Integer count = null;
        if (countNode == null || countNode.isNull()) {
            problems.add(Problem.field("count", "REQUIRED", "count（件数）がありません。"));
        } else if (!countNode.canConvertToInt() || !countNode.isIntegralNumber()) {
            problems.add(Problem.field("count", "INVALID_NUMBER", "count は整数で指定してください。"));
        } else {
            count = countNode.intValue();
        }
        JsonNode list = root.get("vulnerabilities");
        List<Row> rows = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problems.add(Problem.field("vulnerabilities", "REQUIRED", "vulnerabilities（脆弱性の一覧）がありません。"));
        } else {
            if (count != null && count != list.size()) {
                problems.add(Problem.field("count", "COUNT_MISMATCH",
                        "count は " + count + " 件ですが、vulnerabilities には " + list.size() + " 件あります。"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Row row = entry(list.get(i), i + 1, seen, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new Catalogue(version, released, count, List.copyOf(rows));
    }

    private static Row entry(JsonNode e, int row, Set<String> seen, List<Problem> problems) {
        if (e == null || !e.isObject()) {
            problems.add(new Problem(row, null, "NOT_AN_ENTRY", row + "件目が脆弱性の項目（JSON オブジェクト）ではありません。"));
            return null;
        }
        int before = problems.size();
        for (String field : REQUIRED) {
            if (text(e, field) == null) {
                problems.add(new Problem(row, field, "REQUIRED", row + "件目に " + field + " がありません。"));
            }
        }
        String cve = text(e, "cveID");
        if (cve != null && !CVE_ID.matcher(cve).matches()) {
            problems.add(new Problem(row, "cveID", "INVALID_CVE_ID",
                    row + "件目の cveID「" + cve + "」は CVE-年-番号（例 CVE-2018-13379）の形ではありません。"));
        } else if (cve != null && !seen.add(cve)) {
            problems.add(new Problem(row, "cveID", "DUPLICATE_CVE_ID", row + "件目の " + cve + " は前にも載っています。"));
        }
        LocalDate added = date(e, "dateAdded", row, problems);
        LocalDate due = date(e, "dueDate", row, problems);
        if (problems.size() > before) {
            return null;
        }
        boolean ransomware = "Known".equalsIgnoreCase(text(e, "knownRansomwareCampaignUse"));
        KevEntry entry = new KevEntry(cve, text(e, "vendorProject"), text(e, "product"), text(e, "vulnerabilityName"),
                added, ransomware, text(e, "requiredAction"));
        return new Row(entry, text(e, "shortDescription"), due, text(e, "notes"));
    }

    private static LocalDate date(JsonNode e, String field, int row, List<Problem> problems) {
        String value = text(e, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException ex) {
            problems.add(new Problem(row, field, "INVALID_DATE",
                    row + "件目の " + field + "「" + value + "」は日付（YYYY-MM-DD）ではありません。"));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }

    private static ValidationException invalid(List<Problem> problems) {
        return new ValidationException("KEV カタログとして読み込めません（" + problems.size() + "件の誤り）。", problems);
    }
}
