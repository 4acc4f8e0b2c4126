package jp.mamori.inventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.inventory.domain.VendorNames;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;

/** The alias table as JSON {"aliases":[{"from":{"vendor","product"?},"to":{...}}]}: the shipped file and the API body. */
public final class KevAliasFile {

    static final int MAX_ALIASES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KevAliasFile() {
    }

    public static List<KevAlias> parse(byte[] json, KevAlias.Origin origin) {
        try {
            return parse(JSON.readTree(json), origin);
        } catch (IOException e) {
            throw new ValidationException(Problem.of("NOT_JSON", "別名の一覧を JSON として読み取れません。"));
        }
    }

    /** {@code row} in the errors is the alias's position, 1 for the first; rows marked "origin":"SHIPPED" are skipped for the ministry. */
    public static List<KevAlias> parse(JsonNode root, KevAlias.Origin origin) {
        JsonNode list = root == null ? null : root.get("aliases");
        if (list == null || !list.isArray()) {
            throw new ValidationException(Problem.field("aliases", "REQUIRED", "aliases（別名の一覧）がありません。"));
        }
        List<Problem> problems = new ArrayList<>();
        if (list.size() > MAX_ALIASES) {
            problems.add(Problem.field("aliases", "TOO_MANY", "別名は" + MAX_ALIASES + "件までです。"));
        }
        List<KevAlias> aliases = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            int row = i + 1;
            JsonNode a = list.get(i);
            if (origin == KevAlias.Origin.MINISTRY && a != null && "SHIPPED".equals(a.path("origin").asText())) {
                continue; // a GET's answer sent back: the shipped aliases are not the ministry's to change
            }
            KevAlias.Side from = side(a == null ? null : a.get("from"), row, "from", problems);
            KevAlias.Side to = side(a == null ? null : a.get("to"), row, "to", problems);
            if (from == null || to == null) {
                continue;
            }
            if (sameSide(from, to)) {
                problems.add(new Problem(row, "to", "SAME_AS_FROM", row + "件目は変換前と変換後が同じです。"));
            } else if (!seen.add(List.of(key(from.vendor()), key(from.product()), key(to.vendor()), key(to.product())))) {
                problems.add(new Problem(row, "from", "DUPLICATE", row + "件目は前の行と同じ別名です。"));
            } else {
                aliases.add(new KevAlias(from, to, origin));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("別名の一覧に誤りがあります（" + problems.size() + "件）。", problems);
        }
        return List.copyOf(aliases);
    }

    private static String key(String name) {
        return name == null ? "" : VendorNames.normalize(name);
    }

    private static boolean sameSide(KevAlias.Side from, KevAlias.Side to) {
        return VendorNames.normalize(from.vendor()).equals(VendorNames.normalize(to.vendor()))
                && (to.product() == null || (from.product() != null
                && VendorNames.normalize(from.product()).equals(VendorNames.normalize(to.product()))));
    }

    private static KevAlias.Side side(JsonNode node, int row, String which, List<Problem> problems) {
        String label = "from".equals(which) ? "変換前" : "変換後";
        if (node == null || !node.isObject()) {
            problems.add(new Problem(row, which, "REQUIRED", row + "件目に" + label + "（" + which + "）がありません。"));
            return null;
        }
        String vendor = node.path("vendor").isTextual() ? node.get("vendor").asText().strip() : null;
        String product = node.path("product").isTextual() ? node.get("product").asText().strip() : null;
        int before = problems.size();
        if (vendor == null || vendor.isEmpty() || VendorNames.normalize(vendor).isEmpty()) {
            problems.add(new Problem(row, which + ".vendor", "REQUIRED", row + "件目の" + label + "のベンダー名を入力してください。"));
        } else {
            TextRules.checkLine(which + ".vendor", label + "のベンダー名", vendor, 200)
                    .ifPresent(p -> problems.add(new Problem(row, p.column(), p.code(), row + "件目：" + p.message())));
        }
        if (product != null && !product.isEmpty()) {
            TextRules.checkLine(which + ".product", label + "の製品名", product, 200)
                    .ifPresent(p -> problems.add(new Problem(row, p.column(), p.code(), row + "件目：" + p.message())));
        }
        if (node.has("product") && !node.get("product").isNull() && !node.get("product").isTextual()) {
            problems.add(new Problem(row, which + ".product", "INVALID_VALUE", row + "件目の" + label + "の製品名は文字列で指定してください。"));
        }
        return problems.size() > before ? null : new KevAlias.Side(vendor, product);
    }
}
