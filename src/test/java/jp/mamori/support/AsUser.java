package jp.mamori.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls in a test as a real account (the services check who is asking). */
public final class AsUser {

    private static AccountLookup lookup;

    private AsUser() {
    }

    public static void use(AccountLookup l) {
        lookup = l;
    }

    public static <T> T admin(Supplier<T> work) {
        return as("admin", work);
    }

    public static <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(lookup.authentication(username));
            SecurityContextHolder.setContext(ctx);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Implemented in the security package, where the principal type lives. */
    public interface AccountLookup {
        UsernamePasswordAuthenticationToken authentication(String username);
    }
}
