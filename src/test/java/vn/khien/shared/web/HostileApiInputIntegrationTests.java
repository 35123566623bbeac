package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import vn.khien.shared.web.ApiEndpoints.Endpoint;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Every JSON endpoint and every query parameter of the API, sent hostile values as the coordinator
 * admin (who may reach the most), never answers 5xx: bad input is the client's error, so it is a 400
 * (or 404/405/409/415), never a server failure. Path variables are never real identifiers, so no demo
 * object is changed; deeper routes are covered by the regression tests of each module.
 */
@KhienIntegrationTest
class HostileApiInputIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private RequestPostProcessor coordinator;

    record Sent(Endpoint endpoint, String uri, byte[] body) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return endpoint + " → " + abbreviate(uri) + " " + text;
        }

        private static String abbreviate(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
        }
    }

    @Test
    void noHostileValueInAnyEndpointOrQueryParameterGetsA5xx() {
        ApiEndpoints endpoints = ApiEndpoints.of(mapping);
        coordinator = SignedIn.as(users, "dieuphoi");
        assertThat(endpoints.all()).hasSizeGreaterThan(100);
        Map<String, String> failures = new TreeMap<>();
        // fixed seed and bounded examples keep the run under a minute and the failures reproducible
        qt().withFixedSeed(15L)
                .withExamples(700)
                .withShrinkCycles(0)
                .forAll(requests(endpoints))
                .checkAssert(sent -> {
                    String failure = send(sent);
                    if (failure != null) {
                        failures.putIfAbsent(sent.endpoint() + " " + failure, sent.toString());
                    }
                });
        assertThat(failures).as("5xx answers to hostile input").isEmpty();
    }

    /** Null when answered below 500; else the status, or the exception MockMvc let through (a 500). */
    private String send(Sent sent) {
        try {
            MockHttpServletRequestBuilder request =
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                                    HttpMethod.valueOf(sent.endpoint().method().name()), URI.create(sent.uri()))
                            .with(coordinator)
                            .with(csrf())
                            .accept(MediaType.APPLICATION_JSON);
            if (sent.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(sent.body());
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            return status < 500 ? null : Integer.toString(status);
        } catch (Exception e) {
            Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e);
            String message = String.valueOf(cause.getMessage());
            return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
        }
    }

    private static Gen<Sent> requests(ApiEndpoints endpoints) {
        return in -> {
            Endpoint endpoint =
                    endpoints.all().get(HostileValues.pick(in, endpoints.all().size()));
            StringBuilder uri = new StringBuilder(path(in, endpoint.pattern()));
            char separator = '?';
            for (ApiEndpoints.Field field : endpoint.query()) {
                if (HostileValues.pick(in, 3) == 0) {
                    continue;
                }
                String value = HostileValues.queryValue(in, field.type());
                uri.append(separator).append(field.name()).append('=');
                uri.append(
                        value.equals(HostileValues.INVALID_UTF8)
                                ? "%C3%28%FF"
                                : UriUtils.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
            byte[] body = endpoint.body() == null ? null : HostileValues.body(in, endpoint.body());
            return new Sent(endpoint, uri.toString(), body);
        };
    }

    /** The pattern with every variable hostile, except those a regex pins to a few literals. */
    private static String path(RandomnessSource in, String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value;
            if (matcher.group(2) != null && matcher.group(2).matches("[\\w|]+")) {
                String[] literals = matcher.group(2).split("\\|");
                value = literals[HostileValues.pick(in, literals.length)];
            } else {
                value = HostileValues.queryValue(in, String.class);
                value = value.equals(HostileValues.INVALID_UTF8)
                        ? "%C3%28"
                        : UriUtils.encode(value, StandardCharsets.UTF_8);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
