package jp.mamori.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Two doors: the API (bearer tokens, stateless, no cookies so no CSRF) and the pages
 * (form login, session with idle timeout, CSRF tokens). Both send strict security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id, memory-hard; the prefix keeps room for a future algorithm.
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AuthenticationManager authenticationManager(MamoriAuthenticationProvider provider, ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, TokenService tokens, ProblemResponses problems,
                            AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Role.MHLW_ADMIN.name(), Role.AUDITOR.name())
                        .anyRequest().authenticated());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/about", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/invitations/*").permitAll()
                        .requestMatchers("/audit/**").hasAnyRole(Role.MHLW_ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.MHLW_ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .authenticationDetailsSource(new MamoriAuthenticationProvider.LoginDetailsSource())
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("MAMORI_SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }
}
