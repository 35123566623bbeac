package vn.khien.assessments;

import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** A step of an agency's yearly assessment plan (created, item added, submitted, approved, returned). */
public record PlanChanged(UUID planId, String agencyCode, int year, String change, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.plan." + change;
    }

    @Override
    public String objectType() {
        return "assessment-plan";
    }

    @Override
    public String objectId() {
        return String.valueOf(planId);
    }

    @Override
    public String after() {
        return agencyCode + " " + year + (detail == null ? "" : " " + detail);
    }
}
