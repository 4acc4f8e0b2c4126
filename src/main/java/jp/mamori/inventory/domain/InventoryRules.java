package jp.mamori.inventory.domain;

import java.util.List;

/** The rules the inventory itself runs; checklist and backup raise theirs through FindingSuggestions. */
public final class InventoryRules {

    private InventoryRules() {
    }

    public static List<FindingRule> all() {
        return List.of(new KevMatchRule(), new AlwaysOnPasswordOnlyRule(), new UnknownBeforeSurveyRule(),
                new NoSourceRestrictionRule(), new NoLoggingRule(), new StalePatchRule());
    }
}
