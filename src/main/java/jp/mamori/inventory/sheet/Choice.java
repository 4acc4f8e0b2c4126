package jp.mamori.inventory.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.nomination.form.FormText;

/**
 * The Japanese labels of one drop-down. A cell may hold the label or the API code ({@code INTERNET_VPN}),
 * so a sheet made by another tool from the API's values reads too.
 */
final class Choice<E extends Enum<E>> {

    static final Choice<Purpose> PURPOSE = of(Purpose.class, Map.of(
            Purpose.REMOTE_MAINTENANCE, "リモートメンテナンス",
            Purpose.INTERNET, "インターネット",
            Purpose.REGIONAL_NETWORK, "地域医療連携",
            Purpose.ONLINE_QUALIFICATION, "オンライン資格確認・電子処方箋",
            Purpose.CLOUD_SERVICE, "クラウドサービス",
            Purpose.EMAIL, "電子メール",
            Purpose.PARTNER_LINK, "委託先・取引先",
            Purpose.OTHER, "その他"));

    static final Choice<Line> LINE = of(Line.class, Map.of(
            Line.INTERNET_VPN, "インターネットVPN",
            Line.CLOSED_NETWORK, "閉域網（IP-VPN）",
            Line.DEDICATED_LINE, "専用線",
            Line.MOBILE, "モバイル回線",
            Line.DIALUP, "ISDN・ダイヤルアップ",
            Line.OTHER, "その他",
            Line.UNKNOWN, "不明"));

    static final Choice<Authentication> AUTHENTICATION = of(Authentication.class, Map.of(
            Authentication.PASSWORD, "パスワード",
            Authentication.CERTIFICATE, "証明書",
            Authentication.TWO_FACTOR, "多要素認証",
            Authentication.NONE, "認証なし",
            Authentication.UNKNOWN, "不明"));

    static final Choice<PointStatus> STATUS = of(PointStatus.class, Map.of(
            PointStatus.DIAGRAM, "構成図で把握",
            PointStatus.HEARING, "ヒアリングで確認",
            PointStatus.ONSITE, "現地で確認",
            PointStatus.DISCONNECTED, "切断済み"));

    private final Class<E> type;
    private final Map<E, String> labels;

    private Choice(Class<E> type, Map<E, String> labels) {
        this.type = type;
        this.labels = new EnumMap<>(labels);
        if (this.labels.size() != type.getEnumConstants().length) {
            throw new IllegalStateException("every " + type.getSimpleName() + " needs a label");
        }
    }

    private static <E extends Enum<E>> Choice<E> of(Class<E> type, Map<E, String> labels) {
        return new Choice<>(type, labels);
    }

    String label(E value) {
        return value == null ? null : labels.get(value);
    }

    /** The labels in the enum's order, as the drop-down offers them. */
    List<String> labels() {
        return new ArrayList<>(labels.values());
    }

    Optional<E> parse(String text) {
        String compact = FormText.compact(text);
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (FormText.compact(e.getValue()).equals(compact)) {
                return Optional.of(e.getKey());
            }
        }
        String code = compact.toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst();
    }
}
