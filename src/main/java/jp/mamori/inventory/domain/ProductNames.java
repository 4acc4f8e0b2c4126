package jp.mamori.inventory.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A KEV product field or a device product as the names it lists: "Connect Secure, Policy Secure, and ZTA Gateways"
 * is three products, "FortiGate (FortiOS)" two. Two names match when one holds the other as whole words, so
 * "FortiOS" matches "FortiOS SSL-VPN" and "Fort" matches nothing of Fortinet's.
 */
public final class ProductNames {

    private static final Pattern SEPARATORS = Pattern.compile("\\s+and\\s+|[&,、/()\\[\\]]");

    private ProductNames() {
    }

    /** The distinct normalized names of a product field, in the order written; empty for none. */
    public static List<String> split(String product) {
        String folded = Words.fold(product);
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(folded)) {
            String name = Words.join(part);
            // ", and X" leaves "and x" once the comma has split it off
            while (name.startsWith("and ")) {
                name = name.substring(4);
            }
            if (!name.isEmpty() && !name.equals("and")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** Two normalized names: equal, or one holds the other as whole words. */
    public static boolean match(String a, String b) {
        return a.equals(b) || Words.containsWords(a, b) || Words.containsWords(b, a);
    }

    /** Whether a normalized name holds {@code part} as whole words (or is it). */
    public static boolean contains(String name, String part) {
        return name.equals(part) || Words.containsWords(name, part);
    }

    /** The words of a normalized name. */
    static String[] words(String name) {
        return name.split(" ");
    }
}
