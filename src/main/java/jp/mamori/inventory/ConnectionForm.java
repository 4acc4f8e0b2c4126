package jp.mamori.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;

/**
 * One row of the inventory as the API sends it, read field by field so that every mistake is reported at once in
 * Japanese, naming the field. Free text is trimmed and otherwise kept as typed; a blank text is unknown (null).
 * The .xlsx upload will read its rows through the same checks.
 */
final class ConnectionForm {

    static final int LINE_TEXT = 200;
    static final int VERSION_TEXT = 100;
    static final int NOTE_TEXT = 2000;

    /** What was read: the point, and the version the sender last saw (null when it did not say). */
    record Read(ConnectionPoint point, Integer version) {
    }

    private final JsonNode body;
    private final List<Problem> problems = new ArrayList<>();

    private ConnectionForm(JsonNode body) {
        this.body = body;
    }

    static Read read(JsonNode body, Long id, long caseId, LocalDate today) {
        if (body == null || !body.isObject()) {
            throw new ValidationException(Problem.of("MALFORMED_REQUEST", "接続点は JSON のオブジェクト（{\"purpose\": ...}）で送ってください。"));
        }
        return new ConnectionForm(body).parse(id, caseId, today);
    }

    private Read parse(Long id, long caseId, LocalDate today) {
        Purpose purpose = choice("purpose", "用途", Purpose.class, true);
        String counterpart = text(body, "counterpart", "接続先", LINE_TEXT, false);
        String system = text(body, "system", "院内のシステム", LINE_TEXT, false);
        Line line = choice("line", "回線", Line.class, false);
        JsonNode d = body.get("device");
        Device device = Device.UNKNOWN;
        if (d != null && !d.isNull()) {
            if (!d.isObject()) {
                problems.add(Problem.field("device", "INVALID_VALUE",
                        "機器（device）は {\"vendor\", \"product\", \"version\", \"address\"} の形で送ってください。"));
            } else {
                device = new Device(text(d, "vendor", "機器の製造元", LINE_TEXT, false, "device.vendor"),
                        text(d, "product", "機器の製品名", LINE_TEXT, false, "device.product"),
                        text(d, "version", "機器のバージョン", VERSION_TEXT, false, "device.version"),
                        text(d, "address", "機器のアドレス", LINE_TEXT, false, "device.address"));
            }
        }
        Boolean alwaysOn = yesNo("alwaysOn", "常時接続");
        String openedBy = text(body, "openedBy", "回線を開く人", LINE_TEXT, false);
        Authentication authentication = choice("authentication", "認証方式", Authentication.class, false);
        Boolean sourceRestricted = yesNo("sourceRestricted", "接続元の制限");
        Boolean logging = yesNo("logging", "接続記録");
        Boolean logReviewed = yesNo("logReviewed", "接続記録の確認");
        LocalDate lastPatchedOn = date("lastPatchedOn", "最終パッチ適用日", today);
        Boolean knownBefore = yesNo("knownBefore", "調査前からの把握");
        PointStatus status = choice("status", "確認状況", PointStatus.class, true);
        String note = text(body, "note", "備考", NOTE_TEXT, true);
        Integer version = version();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).message(), problems);
        }
        return new Read(new ConnectionPoint(id, caseId, purpose, counterpart, system, line, device, alwaysOn, openedBy,
                authentication, sourceRestricted, logging, logReviewed, lastPatchedOn, knownBefore, status, note), version);
    }

    private <E extends Enum<E>> E choice(String field, String label, Class<E> type, boolean required) {
        JsonNode v = body.get(field);
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "MISSING_VALUE", label + "（" + field + "）を入力してください。選べる値：" + allowed));
            }
            return null;
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        problems.add(Problem.field(field, "INVALID_VALUE", label + "（" + field + "）の「" + v.asText() + "」は選べません。選べる値：" + allowed));
        return null;
    }

    private Boolean yesNo(String field, String label) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        problems.add(Problem.field(field, "INVALID_VALUE",
                label + "（" + field + "）は true（はい）、false（いいえ）、null（わからない）のどれかで送ってください。"));
        return null;
    }

    private LocalDate date(String field, String label, LocalDate today) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.asText().strip());
            if (d.isAfter(today)) {
                problems.add(Problem.field(field, "INVALID_VALUE",
                        label + "（" + d + "）が未来の日付です。今日（" + today + "）以前の日付を入力してください。"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(Problem.field(field, "INVALID_VALUE", label + "（" + field + "）は YYYY-MM-DD の形で入力してください（「" + v.asText() + "」）。"));
            return null;
        }
    }

    private Integer version() {
        JsonNode v = body.get("version");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.canConvertToInt() && v.isIntegralNumber()) {
            return v.intValue();
        }
        problems.add(Problem.field("version", "INVALID_VALUE", "version は読み込んだときの整数をそのまま送ってください。"));
        return null;
    }

    private String text(JsonNode node, String field, String label, int max, boolean multiLine) {
        return text(node, field, label, max, multiLine, field);
    }

    private String text(JsonNode node, String key, String label, int max, boolean multiLine, String field) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            problems.add(Problem.field(field, "INVALID_VALUE", label + "（" + field + "）は文字列で送ってください。"));
            return null;
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return null;
        }
        TextRules.check(field, label, s, max, multiLine).ifPresent(problems::add);
        return s;
    }
}
