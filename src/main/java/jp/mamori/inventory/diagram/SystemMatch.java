package jp.mamori.inventory.diagram;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a point's system is one of the hospital's systems: the inventory and the questionnaire are typed by
 * different people, so width, case and spaces do not count ("ＰＡＣＳ" is "pacs").
 */
final class SystemMatch {

    private SystemMatch() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\p{Cf}]+", "");
    }
}
