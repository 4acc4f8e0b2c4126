package jp.mamori.shared.web;

import java.util.List;
import java.util.Set;

/**
 * A link in the main navigation; each module declares its own as a bean.
 * {@code roles} are role names without the ROLE_ prefix; {@code order} sorts the menu;
 * {@code sections} are the Ant path patterns of the pages the item stands for (the menu marks the
 * item whose pattern fits the page most closely, so {@code /programs/1/dashboard} is 進捗, not 事業の設定).
 */
public record NavItem(String path, String messageKey, int order, Set<String> roles, List<String> sections) {

    public NavItem(String path, String messageKey, int order, Set<String> roles) {
        this(path, messageKey, order, roles, List.of(path, path + "/**"));
    }

    public NavItem {
        sections = List.copyOf(sections);
    }
}
