package jp.mamori.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login, failed login and logout goes to the audit trail. */
@Component
class AuthenticationAuditListener {

    private final AuditLog audit;

    AuthenticationAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        audit.eventAs(event.getAuthentication().getName(), "LOGIN", channel(), true);
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        audit.eventAs(String.valueOf(event.getAuthentication().getName()), "LOGIN_FAILED",
                channel() + ": " + event.getException().getClass().getSimpleName(), false);
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        audit.eventAs(event.getAuthentication().getName(), "LOGOUT", channel(), true);
    }

    private static String channel() {
        RequestInfo info = RequestInfo.current();
        return info == null ? "system" : info.channel();
    }
}
