package vn.khien.compliance;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** The coordinator recorded a new holder of an authority role from a day. */
public record AuthorityAssigned(AuthorityRole role, String organisationName, LocalDate validFrom)
        implements AuditableEvent {

    @Override
    public String action() {
        return "compliance.authority.assigned";
    }

    @Override
    public String objectType() {
        return "authority";
    }

    @Override
    public String objectId() {
        return role.name();
    }

    @Override
    public String after() {
        return organisationName + " from " + validFrom;
    }
}
