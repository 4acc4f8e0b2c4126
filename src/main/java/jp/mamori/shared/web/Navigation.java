package jp.mamori.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/** The menu for the current user: only what their role may open, and which item the page belongs to. */
@Component("navigation")
public class Navigation {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<NavItem> items;

    Navigation(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    public List<NavItem> items() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return List.of();
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return items.stream().filter(i -> i.roles().stream().anyMatch(roles::contains)).toList();
    }

    /** The one item of {@code shown} whose section pattern fits {@code path} most closely (prefixes alone marked several). */
    public NavItem current(List<NavItem> shown, String path) {
        if (path == null) {
            return null;
        }
        Comparator<String> closest = PATHS.getPatternComparator(path);
        NavItem best = null;
        String bestPattern = null;
        for (NavItem item : shown) {
            Optional<String> pattern = item.sections().stream().filter(p -> PATHS.match(p, path)).min(closest);
            if (pattern.isPresent() && (bestPattern == null || closest.compare(pattern.get(), bestPattern) < 0)) {
                best = item;
                bestPattern = pattern.get();
            }
        }
        return best;
    }
}
