package vn.khien.incidents;

import vn.khien.shared.AuditableEvent;

/** An incident's type, severity, markings or seriousness were set by the response team. */
public record IncidentClassified(
        String reference,
        String agencyCode,
        String typeCode,
        IncidentSeverity severity,
        Tlp tlp,
        Pap pap,
        boolean serious)
        implements AuditableEvent {

    @Override
    public String action() {
        return "incidents.incident.classified";
    }

    @Override
    public String objectType() {
        return IncidentChanged.OBJECT_TYPE;
    }

    @Override
    public String objectId() {
        return reference;
    }

    @Override
    public String after() {
        return typeCode + " " + severity + " TLP:" + tlp + " PAP:" + pap + (serious ? " serious" : "");
    }
}
