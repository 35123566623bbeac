package vn.khien.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.khien.identity.application.ApiTokenManagement;

/**
 * TAXII 2.1 ({@code /taxii2/**}, the sharing module) is for machines: an API token as a bearer token or,
 * since TAXII clients speak HTTP Basic, as the Basic password. No session, no cookie. A browser's unsafe
 * call carrying cached Basic credentials still needs a CSRF token it cannot have (see {@link
 * ProblemResponses#needsCsrf}); a call without credentials gets 401 first.
 */
@Configuration(proxyBeanMethods = false)
class TaxiiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain taxiiChain(HttpSecurity http, ProblemResponses problems, ApiTokenManagement tokens)
            throws Exception {
        http.securityMatcher("/taxii2/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, true), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null && ProblemResponses.needsCsrf(request)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
