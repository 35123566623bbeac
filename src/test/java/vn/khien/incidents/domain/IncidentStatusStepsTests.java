package vn.khien.incidents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khien.incidents.IncidentResponse.Transition;
import vn.khien.incidents.IncidentStatus;

/** The steps each status allows: the one table the incident enforces and its page shows. */
class IncidentStatusStepsTests {

    private static Set<Transition> allowedFrom(IncidentStatus status) {
        return Arrays.stream(Transition.values())
                .filter(status::allows)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Transition.class)));
    }

    @Test
    void eachStatusAllowsExactlyTheStepsOfTheResponseProcess() {
        Map<IncidentStatus, Set<Transition>> expected = Map.of(
                IncidentStatus.RECEIVED, EnumSet.of(Transition.VERIFY, Transition.REJECT),
                IncidentStatus.VERIFIED, EnumSet.of(Transition.CONTAIN, Transition.REJECT),
                IncidentStatus.CONTAINED, EnumSet.of(Transition.ERADICATE, Transition.RECOVER),
                IncidentStatus.ERADICATED, EnumSet.of(Transition.RECOVER),
                IncidentStatus.RECOVERED, EnumSet.noneOf(Transition.class),
                IncidentStatus.CLOSED, EnumSet.of(Transition.REOPEN),
                IncidentStatus.REJECTED, EnumSet.of(Transition.REOPEN));
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(allowedFrom(status)).as(status.name()).isEqualTo(expected.get(status));
        }
    }
}
