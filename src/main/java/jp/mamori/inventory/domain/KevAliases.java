package jp.mamori.inventory.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The alias table, normalized once: what other (vendor, product name) pairs a pair also stands for. Applied to
 * devices and KEV entries alike, so an entry still filed under "Pulse Secure" meets an "Ivanti" device.
 */
public final class KevAliases {

    /** Beyond this a table of aliases pointing at each other is a mistake, not a chain of renames. */
    private static final int MAX_NAMES = 64;

    private final List<KevAlias> aliases;
    private final Map<String, List<Rule>> byVendor = new HashMap<>();

    public KevAliases(List<KevAlias> aliases) {
        this.aliases = List.copyOf(aliases);
        for (KevAlias a : this.aliases) {
            String from = VendorNames.normalize(a.from().vendor());
            String to = VendorNames.normalize(a.to().vendor());
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            byVendor.computeIfAbsent(from, k -> new ArrayList<>())
                    .add(new Rule(ProductNames.split(a.from().product()), to, ProductNames.split(a.to().product())));
        }
    }

    public static final KevAliases NONE = new KevAliases(List.of());

    public List<KevAlias> all() {
        return aliases;
    }

    /** A normalized vendor with one normalized product name. */
    public record Key(String vendor, String name) {
    }

    /** Every pair a vendor and product field stand for, the written ones first; empty without both. */
    public Set<Key> expand(String vendor, String product) {
        String v = VendorNames.normalize(vendor);
        List<String> names = ProductNames.split(product);
        Set<Key> keys = new LinkedHashSet<>();
        if (v.isEmpty() || names.isEmpty()) {
            return keys;
        }
        Deque<Key> todo = new ArrayDeque<>();
        for (String n : names) {
            Key k = new Key(v, n);
            if (keys.add(k)) {
                todo.add(k);
            }
        }
        while (!todo.isEmpty() && keys.size() < MAX_NAMES) {
            Key k = todo.poll();
            for (Rule rule : byVendor.getOrDefault(k.vendor(), List.of())) {
                for (Key next : rule.apply(k)) {
                    if (keys.size() < MAX_NAMES && keys.add(next)) {
                        todo.add(next);
                    }
                }
            }
        }
        return keys;
    }

    private record Rule(List<String> fromNames, String toVendor, List<String> toNames) {

        List<Key> apply(Key k) {
            boolean applies = fromNames.isEmpty() || fromNames.stream().anyMatch(f -> ProductNames.contains(k.name(), f));
            if (!applies) {
                return List.of();
            }
            List<Key> out = new ArrayList<>();
            // a vendor rename keeps the product; a product rename replaces it; an appliance name adds its system
            if (fromNames.isEmpty() || toNames.isEmpty()) {
                out.add(new Key(toVendor, k.name()));
            }
            for (String t : toNames) {
                out.add(new Key(toVendor, t));
            }
            return out;
        }
    }
}
