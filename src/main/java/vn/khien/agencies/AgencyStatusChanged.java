package vn.khien.agencies;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** An agency was merged into a successor, dissolved, or reactivated. */
public record AgencyStatusChanged(
        String code, AgencyStatus previous, AgencyStatus status, String successorCode, LocalDate on)
        implements AuditableEvent {

    @Override
    public String action() {
        return "agencies.agency.status-changed";
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String before() {
        return "status=" + previous;
    }

    @Override
    public String after() {
        return "status=" + status + (successorCode == null ? "" : ", successor=" + successorCode)
                + (on == null ? "" : ", on=" + on);
    }
}
