package vn.khien.incidents.application;

import java.util.Set;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;

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
