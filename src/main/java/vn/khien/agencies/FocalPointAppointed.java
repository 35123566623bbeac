package vn.khien.agencies;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** A focal point was appointed; the one it replaces (if any) ended the day this one started. */
public record FocalPointAppointed(
        String agencyCode, FocalPointRole role, String personName, String previousPersonName, LocalDate validFrom)
        implements AuditableEvent {

    @Override
    public String action() {
        return "agencies.focal-point.appointed";
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public String objectId() {
        return agencyCode;
    }

    @Override
    public String before() {
        return previousPersonName == null ? null : role + "=" + previousPersonName;
    }

    @Override
    public String after() {
        return role + "=" + personName + ", from=" + validFrom;
    }
}
