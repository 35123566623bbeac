package vn.khien.agencies;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** The agency re-confirmed that its current focal point is still valid. */
public record FocalPointConfirmed(String agencyCode, FocalPointRole role, LocalDate confirmedOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "agencies.focal-point.confirmed";
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
    public String after() {
        return role + " confirmed on " + confirmedOn;
    }
}
