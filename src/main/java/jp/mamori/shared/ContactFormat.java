package jp.mamori.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Deliberately simple checks of a contact's phone and e-mail, one rule for the nomination form and the survey case,
 * so a contact accepted in one is accepted in the other.
 * <ul>
 * <li>Email: local@domain.tld, ASCII only (after NFKC, so a full-width ＠ is fine), at most 254 characters.
 *     Dots in the local part are not policed (old Japanese mobile addresses have "..").</li>
 * <li>Phone: after removing hyphens, parentheses and spaces, 10 or 11 digits. An extension at the end
 *     (内線123, (内線123), ext.123) is allowed and not counted; +81 counts as the leading 0.
 *     Other international numbers are refused: contacts are in Japan.</li>
 * </ul>
 */
public final class ContactFormat {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
    private static final Pattern EXTENSION = Pattern.compile("\\(?(?:内線|内|ext\\.?|EXT\\.?|Ext\\.?)\\s*\\d{1,6}\\)?$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-‐‑‒–—―−ー－ｰ]");

    private ContactFormat() {
    }

    /** The address as given (callers normalize it first, so what is stored is what was checked). */
    public static boolean isEmail(String s) {
        return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();
    }

    public static boolean isPhone(String s) {
        if (s == null) {
            return false;
        }
        String t = EXTENSION.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip()).replaceFirst("");
        t = SEPARATORS.matcher(t).replaceAll("");
        if (t.startsWith("+81")) {
            t = "0" + t.substring(3);
            if (t.startsWith("00")) {
                t = t.substring(1); // +81 (0)3 ... written with the trunk zero kept
            }
        }
        return t.matches("\\d{10,11}");
    }
}
