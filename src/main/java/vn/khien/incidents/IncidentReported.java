package vn.khien.incidents;

import java.util.ArrayList;
import java.util.List;
import vn.khien.shared.AuditableEvent;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/**
 * An incident was reported (by a person, a provider's tool or from alerts). The reporter hears at
 * once that it was received and under which reference; the contact address given on the report too,
 * when it is not the reporter's own account (a tool's report).
 */
public record IncidentReported(
        String reference,
        String agencyCode,
        String systemCode,
        String typeCode,
        IncidentSeverity severity,
        Tlp tlp,
        String reporter,
        boolean reporterIsUser,
        String contactEmail)
        implements AuditableEvent, NotifiableEvent {

    @Override
    public String action() {
        return "incidents.incident.reported";
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
        return systemCode + " " + typeCode + " " + severity + " TLP:" + tlp;
    }

    @Override
    public List<Recipient> recipients() {
        List<Recipient> recipients = new ArrayList<>();
        if (reporterIsUser) {
            recipients.add(Recipient.user(reporter));
        } else if (contactEmail != null && !contactEmail.isBlank()) {
            recipients.add(Recipient.address(contactEmail, "vi"));
        }
        return recipients;
    }

    @Override
    public String messageKey() {
        return "incidents.notice.reported";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(reference, systemCode);
    }

    @Override
    public String link() {
        return "/incidents/" + reference;
    }
}
