package jp.mamori.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names so a search matches regardless of width, katakana versus hiragana, spaces and case:
 * 「ｾﾝﾀｰ」, 「センター」 and 「せんたー」 all fold to the same key.
 */
final class NameFolding {

    private NameFolding() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '・') {
                continue;
            }
            if (c >= 'ァ' && c <= 'ヶ') {
                c = (char) (c - 0x60);
            }
            out.append(c);
        }
        return out.toString();
    }
}
