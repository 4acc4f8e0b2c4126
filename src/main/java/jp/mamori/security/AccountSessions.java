package jp.mamori.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's web sessions and API tokens when what they were granted on changes: a session
 * keeps the rights of its login, so it must not outlive them.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<?> sessions;
    private final TokenService tokens;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions, TokenService tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    void endAll(UserAccount user) {
        endAllExcept(user, null);
    }

    /** The user's own password change: their other browsers are logged out, this one stays. */
    void endOthers(UserAccount user) {
        endAllExcept(user, currentSessionId());
    }

    private void endAllExcept(UserAccount user, String keep) {
        tokens.revokeAll(user.id());
        sessions.findByPrincipalName(user.username()).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            var session = a.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
