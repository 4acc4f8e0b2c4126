package jp.mamori.checklist.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ids are stored as 2-1 (typable, sortable) and shown as the ministry prints them, 2-①. */
public final class ItemNumbers {

    private static final Pattern PLAIN = Pattern.compile("^(\\d+)-(\\d+)$");

    private ItemNumbers() {
    }

    public static String display(String id) {
        Matcher m = PLAIN.matcher(id);
        if (!m.matches()) {
            return id;
        }
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || n > 20) {
            return id;
        }
        return m.group(1) + "-" + (char) ('①' + n - 1);
    }
}
