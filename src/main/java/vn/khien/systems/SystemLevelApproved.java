package vn.khien.systems;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** A competent authority approved the system's security level (Decree 85/2016 Art. 15). */
public record SystemLevelApproved(
        String code, String ownerCode, int level, String decisionNumber, LocalDate decisionDate, String approverCode)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.system.level-approved";
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String after() {
        return "level=" + level + ", decision=" + decisionNumber + ", decidedOn=" + decisionDate + ", approver="
                + approverCode;
    }
}
