package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.ServiceProvision;

class IndependenceTests {

    private static final Period DECEMBER = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10));

    @Test
    void refusesAnAssessorThatMonitorsRespondsForOrProtectsASystemInScopeDuringThePeriod() {
        for (ServiceKind service :
                List.of(ServiceKind.MONITORING, ServiceKind.INCIDENT_RESPONSE, ServiceKind.PROTECTION)) {
            var provision = new ServiceProvision("S1", service, "DV.X", LocalDate.of(2026, 1, 1), null);
            assertThat(Independence.conflicts("DV.X", DECEMBER, List.of(provision)))
                    .containsExactly(provision);
        }
    }

    @Test
    void acceptsAnAssessorThatOnlyAssessesOrServedOutsideThePeriodOrIsAnotherOrganisation() {
        var provisions = List.of(
                new ServiceProvision("S1", ServiceKind.ASSESSMENT, "DV.X", LocalDate.of(2026, 1, 1), null),
                new ServiceProvision(
                        "S1", ServiceKind.MONITORING, "DV.X", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30)),
                new ServiceProvision("S1", ServiceKind.MONITORING, "DV.X", LocalDate.of(2026, 12, 11), null),
                new ServiceProvision("S1", ServiceKind.MONITORING, "DV.Y", LocalDate.of(2026, 1, 1), null),
                new ServiceProvision("S1", ServiceKind.MONITORING, null, LocalDate.of(2026, 1, 1), null));
        assertThat(Independence.conflicts("DV.X", DECEMBER, provisions)).isEmpty();
    }

    @Test
    void aProvisionEndingOnTheFirstDayStillOverlaps() {
        var provision = new ServiceProvision(
                "S1", ServiceKind.PROTECTION, "DV.X", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1));
        assertThat(Independence.conflicts("DV.X", DECEMBER, List.of(provision))).hasSize(1);
    }

    /** Seed §1: an owner that monitors or protects its own system in-house is its monitoring organisation. */
    @Test
    void refusesTheOwnerAsAssessorOfASystemItMonitorsOrProtectsInHouse() {
        var inHouse = new ServiceProvision("S1", ServiceKind.MONITORING, null, LocalDate.of(2026, 1, 1), null);
        var owners = java.util.Map.of("S1", "H57.02");
        assertThat(Independence.conflicts("H57.02", DECEMBER, List.of(inHouse), owners))
                .containsExactly(inHouse);
        assertThat(Independence.conflicts("DG.X", DECEMBER, List.of(inHouse), owners))
                .isEmpty();
        var assessedInHouse = new ServiceProvision("S1", ServiceKind.ASSESSMENT, null, LocalDate.of(2026, 1, 1), null);
        assertThat(Independence.conflicts("H57.02", DECEMBER, List.of(assessedInHouse), owners))
                .isEmpty();
    }
}
