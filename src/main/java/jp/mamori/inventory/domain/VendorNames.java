package jp.mamori.inventory.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A vendor name as a key: the same company typed in full width, in capitals, with "Inc." or 株式会社, is one vendor.
 * Idempotent, and the empty string for an unknown name.
 */
public final class VendorNames {

    /** Japanese legal forms are written before or after the name without a space, so they go wherever they are. */
    private static final Pattern JAPANESE_FORMS = Pattern.compile("株式会社|有限会社|合同会社|合資会社|合名会社|\\((株|有|同|資|名)\\)");
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "llp", "gmbh", "ag", "plc", "kk", "bv", "nv", "sa", "srl", "pty");

    private VendorNames() {
    }

    public static String normalize(String name) {
        String previous;
        String current = name == null ? "" : name;
        int rounds = 0;
        do {
            previous = current;
            current = once(current);
        } while (!current.equals(previous) && ++rounds < 4);
        return current;
    }

    private static String once(String name) {
        String s = Words.fold(name);
        s = JAPANESE_FORMS.matcher(s).replaceAll(" ");
        s = Words.join(s);
        String[] words = s.isEmpty() ? new String[0] : s.split(" ");
        int end = words.length;
        // a name that is only a legal form keeps it: "Co" is not nothing
        while (end > 1) {
            if (LEGAL_SUFFIXES.contains(words[end - 1])) {
                end--;
            } else if (end > 2 && words[end - 1].equals("k") && words[end - 2].equals("k")) {
                end -= 2; // K.K. (kabushiki kaisha)
            } else {
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }
}
