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
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, null);
        UserAccount user = authenticator.authenticate(authentication.getName(),
                authentication.getCredentials() == null ? null : authentication.getCredentials().toString(),
                details.otp(), details.remoteAddress());
        MamoriUser principal = new MamoriUser(user.actor());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        // the session keeps the details: the used one-time code stays out of it
        result.setDetails(new LoginDetails(null, details.remoteAddress()));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The one-time code typed next to the password, and where the login came from. */
    record LoginDetails(String otp, String remoteAddress) implements java.io.Serializable {
    }

    static final class LoginDetailsSource implements AuthenticationDetailsSource<HttpServletRequest, LoginDetails> {
        @Override
        public LoginDetails buildDetails(HttpServletRequest request) {
            return new LoginDetails(request.getParameter("otp"), request.getRemoteAddr());
        }
    }
}
