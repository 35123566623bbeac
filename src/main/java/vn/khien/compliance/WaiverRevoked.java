package vn.khien.compliance;

import vn.khien.shared.AuditableEvent;

/** The coordinator withdrew a waiver before it expired: the obligation counts again from today. */
public record WaiverRevoked(String ruleId, String subjectCode, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "compliance.waiver.revoked";
    }

    @Override
    public String objectType() {
        return "obligation";
    }

    @Override
    public String objectId() {
        return ruleId + "/" + subjectCode;
    }

    @Override
    public String after() {
        return "waiver revoked: " + reason;
    }
}
