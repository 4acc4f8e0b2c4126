package jp.mamori.security;

import jp.mamori.support.AsUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** Lets tests act as a stored account when calling services directly. */
@Component
class TestPrincipals implements AsUser.AccountLookup, org.springframework.beans.factory.DisposableBean {

    private final UserRepository users;

    TestPrincipals(UserRepository users) {
        this.users = users;
        AsUser.use(this);
    }

    /** A closed context (e.g. the two-instance test's) must not answer for the ones still running. */
    @Override
    public void destroy() {
        AsUser.forget(this);
    }

    @Override
    public UsernamePasswordAuthenticationToken authentication(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        MamoriUser principal = new MamoriUser(account.actor());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
