package vn.khien.compliance;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** The coordinator waived an obligation for a subject until a day, with a reason. */
public record WaiverGranted(String ruleId, String subjectCode, String reason, LocalDate expiresOn)
        implements AuditableEvent {

    @Override
    public String action() {
        return "compliance.waiver.granted";
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
        return "waived until " + expiresOn + ": " + reason;
    }
}
