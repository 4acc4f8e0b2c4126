package jp.mamori.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls in a test as a real account (the services check who is asking). */
public final class AsUser {

    /** One per Spring context, newest first: a test with its own context (the demo start) must not hide the shared one's accounts. */
    private static final java.util.Deque<AccountLookup> LOOKUPS = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private AsUser() {
    }

    public static void use(AccountLookup l) {
        LOOKUPS.addFirst(l);
    }

    public static void forget(AccountLookup l) {
        LOOKUPS.remove(l);
    }

    public static <T> T admin(Supplier<T> work) {
        return as("admin", work);
    }

    public static <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(authentication(username));
            SecurityContextHolder.setContext(ctx);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static UsernamePasswordAuthenticationToken authentication(String username) {
        java.util.NoSuchElementException missing = null;
        for (AccountLookup l : LOOKUPS) {
            try {
                return l.authentication(username);
            } catch (java.util.NoSuchElementException e) {
                missing = e;
            }
        }
        throw missing != null ? missing : new IllegalStateException("no Spring context has started yet");
    }

    /** Implemented in the security package, where the principal type lives. */
    public interface AccountLookup {
        UsernamePasswordAuthenticationToken authentication(String username);
    }
}
