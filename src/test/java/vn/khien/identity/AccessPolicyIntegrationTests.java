package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class AccessPolicyIntegrationTests {

    @Autowired
    AccessPolicy policy;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAgencyOfficerSeesOnlyTheirAgency() {
        signIn("canbo.sonv");
        AgencyScope scope = policy.currentScope();
        assertThat(scope.allAgencies()).isFalse();
        assertThat(scope.agencyCodes()).containsExactly("H57.02");
        assertThat(scope.covers("H57.10")).isFalse();
    }

    @Test
    void aScopeWithUnitsCoversTheUnitsBelow() {
        signIn("canbo.syt");
        assertThat(policy.currentScope().agencyCodes()).containsExactlyInAnyOrder("H57.10", "H57.10.01");
    }

    @Test
    void provinceWideRolesSeeEveryAgency() {
        signIn("congan");
        assertThat(policy.currentScope().allAgencies()).isTrue();
        assertThat(policy.currentUserHas(Role.OBSERVER)).isTrue();
    }

    @Test
    void nobodySignedInSeesNothing() {
        assertThat(policy.currentScope()).isEqualTo(AgencyScope.NONE);
    }

    private void signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
