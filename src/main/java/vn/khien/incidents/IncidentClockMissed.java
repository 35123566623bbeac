package vn.khien.incidents;

import java.time.Instant;
import java.util.List;
import vn.khien.shared.AuditableEvent;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/**
 * A regulatory clock of an incident ran out before the notice or report was recorded as sent. The
 * incident's responders and its reporter hear of it at once: the notice is owed to authorities.
 *
 * @param clockNames the clock's name in Vietnamese and in English (each language's message picks its own)
 * @param toNotify user names of the responders and the reporter (names that are not accounts are skipped)
 */
public record IncidentClockMissed(
        String reference,
        String agencyCode,
        String clockRuleId,
        Instant dueAt,
        List<String> clockNames,
        List<String> toNotify)
        implements AuditableEvent, NotifiableEvent {

    @Override
    public List<Recipient> recipients() {
        return Recipient.users(toNotify);
    }

    @Override
    public String messageKey() {
        return "incidents.notice.clock-missed";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(reference, clockNames.get(0), clockNames.get(1));
    }

    @Override
    public String link() {
        return "/incidents/" + reference;
    }

    @Override
    public String action() {
        return "incidents.clock.missed";
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
        // the clock by its name: the audit trail is read by people, the rule id stays on the incident
        return "clock=" + clockNames.get(0) + ", dueAt=" + dueAt;
    }
}
