package jp.mamori.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logs in through the form as a browser does and keeps the session cookie (sessions live in PostgreSQL). */
final class BrowserLogin {

    private BrowserLogin() {
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static MvcResult attempt(MockMvc mvc, String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
    }

    /** The session cookie of a successful login; fails the test if the login is refused. */
    static Cookie session(MockMvc mvc, String username, String password) throws Exception {
        MvcResult r = attempt(mvc, username, password, "192.0.2.1");
        if (!"/".equals(r.getResponse().getRedirectedUrl())) {
            throw new AssertionError("login of " + username + " refused: " + r.getResponse().getRedirectedUrl());
        }
        Cookie cookie = r.getResponse().getCookie("MAMORI_SESSION");
        if (cookie == null) {
            throw new AssertionError("no session cookie after the login of " + username);
        }
        return cookie;
    }
}
