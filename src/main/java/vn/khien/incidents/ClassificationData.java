package vn.khien.incidents;

import java.util.Set;

/** The response team's classification of an incident. */
public record ClassificationData(
        String type,
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        Set<IncidentEffect> effects,
        boolean ownerCannotCope,
        boolean nationalCritical) {

    public ClassificationData {
        effects = effects == null ? Set.of() : Set.copyOf(effects);
    }
}
