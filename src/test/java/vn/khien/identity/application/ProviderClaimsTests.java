package vn.khien.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khien.identity.Role;
import vn.khien.identity.application.SingleSignOnRefused.Reason;

class ProviderClaimsTests {

    private static final SingleSignOnSettings DEFAULTS = new SingleSignOnSettings(null, null, null, null, null, null);

    @Test
    void groupsNamedAsRolesGrantThemWhateverTheirPathCaseOrSeparator() {
        assertThat(ProviderClaims.roles(
                        List.of("/khien/agency-officer", "Agency_Head", "ASSESSOR", "staff", "/observer/x"), DEFAULTS))
                .containsExactlyInAnyOrder(Role.AGENCY_OFFICER, Role.AGENCY_HEAD, Role.ASSESSOR);
    }

    @Test
    void configuredGroupsGrantTheirRoleExactly() {
        var settings = new SingleSignOnSettings(
                null, null, null, null, null, Map.of(Role.RESPONDER, List.of("/csirt/truc-ban")));

        assertThat(ProviderClaims.roles(List.of("/csirt/truc-ban"), settings)).containsExactly(Role.RESPONDER);
        assertThat(ProviderClaims.roles(List.of("/csirt/TRUC-BAN"), settings)).isEmpty();
    }

    @Test
    void aGroupsClaimSentAsOneStringIsSplitOnCommasAndSpaces() {
        var profile = ProviderClaims.read(
                Map.of("preferred_username", "An.Nguyen", "groups", "observer, agency-officer", "khien_agency", "H57"),
                DEFAULTS);

        assertThat(profile.username()).isEqualTo("an.nguyen");
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.OBSERVER, Role.AGENCY_OFFICER);
        assertThat(profile.displayName()).isEqualTo("an.nguyen");
        assertThat(profile.includeSubordinates()).isFalse();
    }

    @Test
    void theClaimNamesAreTheProvincesChoice() {
        var settings = new SingleSignOnSettings(null, "email", "roles", "ma_co_quan", "ca_don_vi_truc_thuoc", null);

        var profile = ProviderClaims.read(
                Map.of(
                        "email", "an@sonv.gov.vn",
                        "roles", List.of("agency-head"),
                        "ma_co_quan", "H57.02",
                        "ca_don_vi_truc_thuoc", "true"),
                settings);

        assertThat(profile.username()).isEqualTo("an@sonv.gov.vn");
        assertThat(profile.agencyCode()).isEqualTo("H57.02");
        assertThat(profile.includeSubordinates()).isTrue();
    }

    @Test
    void refusesWhatItCannotPlace() {
        assertRefused(Map.of("preferred_username", "an", "groups", List.of("staff")), Reason.NO_ROLE);
        assertRefused(Map.of("preferred_username", "an", "groups", List.of("agency-officer")), Reason.NO_AGENCY);
        assertRefused(Map.of("groups", List.of("observer")), Reason.BAD_USERNAME);
        assertRefused(Map.of("preferred_username", "an nguyen", "groups", List.of("observer")), Reason.BAD_USERNAME);
        assertRefused(Map.of("preferred_username", "a".repeat(51), "groups", List.of("observer")), Reason.BAD_USERNAME);
    }

    private static void assertRefused(Map<String, Object> claims, Reason reason) {
        assertThatThrownBy(() -> ProviderClaims.read(claims, DEFAULTS))
                .isInstanceOfSatisfying(
                        SingleSignOnRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
