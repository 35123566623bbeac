package vn.khien.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.khien.identity.Role;
import vn.khien.identity.application.ApiTokenManagement;
import vn.khien.identity.application.PersonalTokens;
import vn.khien.identity.application.SessionAccounts;

/**
 * Machine chains (bearer API token, stateless: alert intake, incident reports), the API
 * ({@code /api/**}: HTTP Basic or the session, problem-details errors, CSRF required only for
 * cookie-authenticated calls) and the pages (form login, CSRF, session fixation protection). Every
 * request of a session checks that its account did not change since (SessionAccountFilter). Access to
 * objects is checked again in the application services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String ADMIN = Role.COORDINATOR_ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, upgradable by prefix
    }

    /** Lets the audit trail hear about every denied request. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * The published rankings for everyone (scoring): exactly these two GET routes, without session or
     * cookie. Any other method or path under {@code /api/public} goes on to the API chain and needs a
     * sign-in like the rest of the API.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain publicRankingChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        pathPattern(HttpMethod.GET, "/api/public/v1/rankings"),
                        pathPattern(HttpMethod.GET, "/api/public/v1/rankings/{year}")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    /** Alert intake is for machines only: a bearer API token, no session, no cookie, so no CSRF. */
    @Bean
    @Order(0)
    SecurityFilterChain alertIntakeChain(HttpSecurity http, ProblemResponses problems, ApiTokenManagement tokens)
            throws Exception {
        return machineChain(http, pathPattern(HttpMethod.POST, "/api/v1/alerts"), problems, tokens);
    }

    /**
     * Providers' tools report incidents and read back what they reported with their API token
     * (docs/incidents.md); the incidents module checks that the token's organisation serves the system.
     * Only these routes, and only calls that carry a bearer token: every other call goes on to the API
     * chain, where a bearer token is not a credential (401).
     */
    @Bean
    @Order(1)
    SecurityFilterChain incidentReportChain(
            HttpSecurity http, ProblemResponses problems, ApiTokenManagement tokens, PersonalTokens personalTokens)
            throws Exception {
        RequestMatcher routes = new OrRequestMatcher(
                pathPattern(HttpMethod.POST, "/api/v1/incidents"),
                pathPattern(HttpMethod.GET, "/api/v1/incidents"),
                pathPattern(HttpMethod.GET, "/api/v1/incidents/{reference}"));
        return machineChain(
                http,
                new AndRequestMatcher(
                        BearerTokenFilter::carriesBearerToken,
                        // a person's token goes on to the API chain, where the person's own rights apply
                        request -> !personalTokens.isPersonal(BearerTokenFilter.bearerToken(request)),
                        routes),
                problems,
                tokens);
    }

    /** A bearer API token or nothing: no session, no cookie, so no CSRF; errors as problem details. */
    private static SecurityFilterChain machineChain(
            HttpSecurity http, RequestMatcher routes, ProblemResponses problems, ApiTokenManagement tokens)
            throws Exception {
        http.securityMatcher(routes)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::apiHeaders)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemResponses problems,
            SessionAccounts accounts,
            SignedInSession signedIn,
            PersonalTokens personalTokens,
            UserDetailsService users,
            Reauthentication reauthentication)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterAfter(new SessionAccountFilter(accounts, signedIn), SecurityContextHolderFilter.class)
                // issue 22: a session's second factor; after the account check, before HTTP Basic
                .addFilterAfter(new SecondFactorFilter(reauthentication, problems), SessionAccountFilter.class)
                .addFilterBefore(
                        new PersonalTokenFilter(personalTokens, users, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordOnlyApiFilter(problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(ProblemResponses::needsCsrf))
                .headers(SecurityConfiguration::apiHeaders)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http,
            LoginSuccessHandler loginSuccess,
            SessionAccounts accounts,
            SignedInSession signedIn,
            SingleSignOn singleSignOn,
            @Value("${khien.web.trusted-proxies:}") List<String> trustedProxies,
            @Value("${khien.web.metrics-token:}") String metricsToken,
            Reauthentication reauthentication,
            ProblemResponses problems)
            throws Exception {
        // filters made here, not beans: Spring Boot would also run a Filter bean outside the chains
        http.addFilterAfter(new SessionAccountFilter(accounts, signedIn), SecurityContextHolderFilter.class)
                // issue 22: a session's second factor; after the account check, so new roles count at once
                .addFilterAfter(new SecondFactorFilter(reauthentication, problems), SessionAccountFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/error", "/webjars/**", "/assets/**", "/favicon.ico")
                        .permitAll()
                        // a private calendar feed: the token in the path is the credential (compliance checks it)
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics")
                        .permitAll()
                        // the published ranking is public (scoring serves published versions only)
                        .requestMatchers(HttpMethod.GET, "/xep-hang", "/xep-hang/{year}", "/xep-hang/{year}/{agency}")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access(new MetricsAccess(ADMIN, trustedProxies, metricsToken))
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers("/admin/**")
                        .hasRole(ADMIN)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(loginSuccess)
                        .failureHandler(loginFailure())
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(pathPattern(HttpMethod.POST, "/logout"))
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED)));
        singleSignOn.applyTo(http);
        return http.build();
    }

    /** JSON is never a page: nothing may load from it, frame it or learn where its caller came from. */
    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    /** A wrong password and an unknown name look the same; a throttled account says to wait. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failure;
    }
}
