package jp.mamori.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (the demo data) as a stored account, so it passes the same access checks and
 * leaves the same audit trail as a person would. Never reachable from a request.
 */
@Component
public class RunAs {

    private final UserRepository users;

    RunAs(UserRepository users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
        MamoriUser principal = new MamoriUser(account.actor());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
