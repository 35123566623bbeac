package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTests {

    private static Viewer of(Set<Role> roles, AgencyScope scope, String organisation) {
        return new Viewer(roles, scope, "an", organisation, true);
    }

    @Test
    void anOfficerActsForTheAgenciesOfTheirScopeOnly() {
        Viewer officer = of(Set.of(Role.AGENCY_OFFICER), new AgencyScope(false, Set.of("H57.02")), "H57.02");
        assertThat(officer.actsFor("H57.02", Role.AGENCY_OFFICER)).isTrue();
        assertThat(officer.actsFor("H57.03", Role.AGENCY_OFFICER)).isFalse();
        assertThat(officer.actsFor("H57.02", Role.AGENCY_HEAD)).isFalse();
        assertThat(officer.actsFor(null, Role.AGENCY_OFFICER)).isFalse();
        assertThat(officer.coordinatorOr("H57.03", Role.AGENCY_OFFICER)).isFalse();
    }

    @Test
    void theCoordinatorDecidesForEveryAgency() {
        Viewer coordinator = of(Set.of(Role.COORDINATOR_ADMIN), AgencyScope.ALL, null);
        assertThat(coordinator.coordinatorOr("H57.03", Role.AGENCY_OFFICER)).isTrue();
        assertThat(coordinator.actsFor("H57.03", Role.COORDINATOR_ADMIN)).isTrue();
        assertThat(coordinator.actsFor("H57.03", Role.AGENCY_OFFICER)).isFalse();
    }

    @Test
    void ownerCodesComeOnlyWithTheRole() {
        Viewer assessor = of(Set.of(Role.ASSESSOR), new AgencyScope(false, Set.of("DG.1")), "DG.1");
        assertThat(assessor.agenciesAs(Role.ASSESSOR)).containsExactly("DG.1");
        assertThat(assessor.agenciesAs(Role.AGENCY_OFFICER, Role.AGENCY_HEAD)).isEmpty();
        assertThat(of(Set.of(Role.OBSERVER), AgencyScope.ALL, null).agenciesAs(Role.OBSERVER))
                .as("a province-wide viewer is seen through everyRow, not through codes")
                .isEmpty();
    }

    @Test
    void aBlankOrganisationIsNoOrganisation() {
        assertThat(of(Set.of(), AgencyScope.NONE, " ").ownOrganisation()).isEmpty();
        assertThat(of(Set.of(), AgencyScope.NONE, null).ownOrganisation()).isEmpty();
        assertThat(of(Set.of(), AgencyScope.NONE, "NCC.1").ownOrganisation()).containsExactly("NCC.1");
    }
}
