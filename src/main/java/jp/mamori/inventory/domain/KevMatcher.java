package jp.mamori.inventory.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue indexed for matching: by vendor, then by each word of each product name, so a device is compared
 * with the few entries of its vendor that share a word with its product, not with all 1,400 entries.
 * Immutable: a new catalogue or alias table builds a new matcher.
 */
public final class KevMatcher implements KevLookup {

    private final List<KevEntry> entries;
    private final KevAliases aliases;
    /** vendor → word → the (entry, name) pairs whose name has that word */
    private final Map<String, Map<String, List<Named>>> index = new HashMap<>();

    private record Named(int entry, String name) {
    }

    public KevMatcher(List<KevEntry> entries, KevAliases aliases) {
        this.entries = List.copyOf(entries);
        this.aliases = aliases;
        for (int i = 0; i < this.entries.size(); i++) {
            KevEntry e = this.entries.get(i);
            for (KevAliases.Key key : aliases.expand(e.vendorProject(), e.product())) {
                Map<String, List<Named>> words = index.computeIfAbsent(key.vendor(), k -> new HashMap<>());
                Named named = new Named(i, key.name());
                for (String w : new java.util.LinkedHashSet<>(List.of(ProductNames.words(key.name())))) {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(named);
                }
            }
        }
    }

    public int size() {
        return entries.size();
    }

    public KevAliases aliases() {
        return aliases;
    }

    /** The matching entries in catalogue order; a device without a vendor or a product matches nothing. */
    @Override
    public List<KevEntry> matches(String vendor, String product) {
        Set<KevAliases.Key> keys = aliases.expand(vendor, product);
        BitSet found = new BitSet(entries.size());
        for (KevAliases.Key key : keys) {
            Map<String, List<Named>> words = index.get(key.vendor());
            if (words == null) {
                continue;
            }
            // any match shares a word: the shorter name's words are all in the longer one
            for (String w : ProductNames.words(key.name())) {
                for (Named n : words.getOrDefault(w, List.of())) {
                    if (!found.get(n.entry()) && ProductNames.match(key.name(), n.name())) {
                        found.set(n.entry());
                    }
                }
            }
        }
        List<KevEntry> out = new ArrayList<>(found.cardinality());
        found.stream().forEach(i -> out.add(entries.get(i)));
        return out;
    }
}
