package jp.mamori.security;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.JapaneseDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static jp.mamori.shared.infrastructure.ApiExceptionHandler.problem;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Accounts")
class AuthApiController {

    private final AuthenticationManager manager;
    private final TokenService tokens;
    private final UserRepository users;

    AuthApiController(AuthenticationManager manager, TokenService tokens, UserRepository users) {
        this.manager = manager;
        this.tokens = tokens;
        this.users = users;
    }

    record TokenRequest(String username, String password, String otp) {
    }

    record TokenResponse(String token, OffsetDateTime expiresAt) {
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange username and password (and one-time code) for a bearer token")
    ResponseEntity<?> token(@RequestBody TokenRequest request, jakarta.servlet.http.HttpServletRequest http) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                request.username(), request.password());
        attempt.setDetails(new MamoriAuthenticationProvider.LoginDetails(request.otp(), http.getRemoteAddr()));
        Authentication auth;
        try {
            auth = manager.authenticate(attempt);
        } catch (AuthenticationException e) {
            String code = e instanceof LockedException ? "ACCOUNT_LOCKED" : "BAD_CREDENTIALS";
            ResponseEntity<ProblemDetail> r = problem(HttpStatus.UNAUTHORIZED, code, "認証に失敗しました", e.getMessage(), null);
            return ResponseEntity.status(r.getStatusCode()).headers(h -> {
                h.addAll(r.getHeaders());
                h.set("WWW-Authenticate", "Bearer");
            }).body(r.getBody());
        }
        MamoriUser principal = (MamoriUser) auth.getPrincipal();
        UserAccount user = users.findById(principal.actor().userId()).orElseThrow();
        TokenService.IssuedToken issued = tokens.issue(user);
        return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt().atZone(JapaneseDates.TOKYO).toOffsetDateTime()));
    }
}
