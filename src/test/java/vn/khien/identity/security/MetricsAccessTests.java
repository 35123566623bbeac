package vn.khien.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class MetricsAccessTests {

    private static final String TOKEN = "scrape-7f3c1e9a";

    @Test
    void theMachineItselfReadsMetricsWhenNoProxyIsConfigured() {
        assertThat(granted(new MetricsAccess("COORDINATOR_ADMIN", List.of(), ""), request("127.0.0.1", null), null))
                .isTrue();
    }

    @Test
    void behindAProxyALocalAddressProvesNothing() {
        var access = new MetricsAccess("COORDINATOR_ADMIN", List.of("127.0.0.1"), "");
        assertThat(granted(access, request("127.0.0.1", null), null)).isFalse();
    }

    @Test
    void theMetricsTokenOpensMetricsFromAnywhereAndAWrongOneDoesNot() {
        var access = new MetricsAccess("COORDINATOR_ADMIN", List.of("10.0.0.2"), TOKEN);
        assertThat(granted(access, request("198.51.100.4", "Bearer " + TOKEN), null))
                .isTrue();
        assertThat(granted(access, request("198.51.100.4", "Bearer " + TOKEN + "x"), null))
                .isFalse();
        assertThat(granted(access, request("198.51.100.4", "Bearer "), null)).isFalse();
    }

    @Test
    void withNoTokenConfiguredAnEmptyBearerIsRefused() {
        var access = new MetricsAccess("COORDINATOR_ADMIN", List.of("10.0.0.2"), "");
        assertThat(granted(access, request("198.51.100.4", "Bearer "), null)).isFalse();
    }

    @Test
    void aSignedInAdministratorReadsMetricsAndOtherRolesDoNot() {
        var access = new MetricsAccess("COORDINATOR_ADMIN", List.of("10.0.0.2"), "");
        var admin = new TestingAuthenticationToken("dieuphoi", "", "ROLE_COORDINATOR_ADMIN");
        var officer = new TestingAuthenticationToken("canbo.sonv", "", "ROLE_AGENCY_OFFICER");
        assertThat(granted(access, request("198.51.100.4", null), admin)).isTrue();
        assertThat(granted(access, request("198.51.100.4", null), officer)).isFalse();
    }

    private static boolean granted(MetricsAccess access, MockHttpServletRequest request, Authentication user) {
        return access.authorize(() -> user, new RequestAuthorizationContext(request))
                .isGranted();
    }

    private static MockHttpServletRequest request(String from, String authorization) {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(from);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
