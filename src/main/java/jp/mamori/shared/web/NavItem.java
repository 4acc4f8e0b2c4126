package jp.mamori.shared.web;

import java.util.Set;

/**
 * A link in the main navigation; each module declares its own as a bean.
 * {@code roles} are role names without the ROLE_ prefix; {@code order} sorts the menu.
 */
public record NavItem(String path, String messageKey, int order, Set<String> roles) {
}
