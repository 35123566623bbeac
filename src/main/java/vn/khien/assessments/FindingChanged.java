package vn.khien.assessments;

import java.util.UUID;
import vn.khien.shared.AuditableEvent;

/** A step of a finding's remediation (planned, fix claimed, risk accepted, evidence added). */
public record FindingChanged(UUID findingId, String change, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "assessments.finding." + change;
    }

    @Override
    public String objectType() {
        return "finding";
    }

    @Override
    public String objectId() {
        return String.valueOf(findingId);
    }

    @Override
    public String after() {
        return detail;
    }
}
