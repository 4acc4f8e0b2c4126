package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Username + password (+ one-time code) for the login form and the token endpoint. */
@Component
class MamoriAuthenticationProvider implements AuthenticationProvider {

    private final Authenticator authenticator;

    MamoriAuthenticationProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String otp = authentication.getDetails() instanceof LoginDetails d ? d.otp() : null;
        UserAccount user = authenticator.authenticate(authentication.getName(),
                authentication.getCredentials() == null ? null : authentication.getCredentials().toString(), otp);
        MamoriUser principal = new MamoriUser(user.actor());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The one-time code typed next to the password, and where the login came from. */
    record LoginDetails(String otp, String remoteAddress) {
    }

    static final class LoginDetailsSource implements AuthenticationDetailsSource<HttpServletRequest, LoginDetails> {
        @Override
        public LoginDetails buildDetails(HttpServletRequest request) {
            return new LoginDetails(request.getParameter("otp"), request.getRemoteAddr());
        }
    }
}
