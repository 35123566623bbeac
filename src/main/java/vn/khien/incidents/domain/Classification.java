package vn.khien.incidents.domain;

import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;

/**
 * How the incident is rated and marked. {@code effects} are {@link vn.khien.incidents.IncidentEffect}
 * names, comma-separated; {@code serious} and its reason come from the pack's serious-incident test.
 */
public record Classification(
        IncidentSeverity severity,
        Impact impact,
        Tlp tlp,
        Pap pap,
        String effects,
        boolean ownerCannotCope,
        boolean nationalCritical,
        boolean serious,
        String seriousReason) {}
