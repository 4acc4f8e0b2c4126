package jp.mamori.notify.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The addresses a message goes to: trimmed, blanks and repeats dropped, the ones that cannot be addresses set apart. */
public final class Recipients {

    /** Deliberately loose (the mail server has the last word); it only catches what can never be delivered. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+");

    public record Checked(List<String> valid, List<String> invalid) {
        public boolean none() {
            return valid.isEmpty();
        }
    }

    private Recipients() {
    }

    public static Checked check(List<String> raw) {
        Map<String, String> valid = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        if (raw != null) {
            for (String r : raw) {
                String address = r == null ? "" : r.strip();
                if (address.isEmpty()) {
                    continue;
                }
                if (ADDRESS.matcher(address).matches()) {
                    valid.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
                } else if (!invalid.contains(address)) {
                    invalid.add(address);
                }
            }
        }
        return new Checked(List.copyOf(valid.values()), List.copyOf(invalid));
    }

    public static boolean isAddress(String s) {
        return s != null && ADDRESS.matcher(s.strip()).matches();
    }
}
