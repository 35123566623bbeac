package vn.khien.incidents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.IncidentRepository;
import vn.khien.support.DemoViewers;
import vn.khien.support.KhienIntegrationTest;

/** An incident is listed in SQL exactly when the Java standing lets the viewer open it, for each kind of user. */
@KhienIntegrationTest
class IncidentAccessAgreementTests extends DemoViewers {

    @Autowired
    IncidentRepository incidents;

    @ParameterizedTest
    @FieldSource("USERS")
    void theListAndTheStandingAgreeOnEveryIncident(String username) {
        var viewer = signIn(username);
        assertThat(incidents.findAll().stream()
                        .filter(i -> IncidentAccess.standing(viewer, i) != IncidentAccess.Standing.NONE)
                        .map(Incident::reference)
                        .collect(Collectors.toSet()))
                .isEqualTo(selected(
                        "SELECT i.reference FROM incidents.incident i WHERE " + IncidentAccess.visible("i"),
                        IncidentAccess.sqlParameters(viewer),
                        String.class));
    }
}
