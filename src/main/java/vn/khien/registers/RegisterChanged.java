package vn.khien.registers;

import vn.khien.shared.AuditableEvent;

/**
 * Any other change to a register entry (recorded, edited, training added, flagged for revocation,
 * rejected): audited, and a signal for modules that keep register-derived state.
 *
 * @param objectType {@code credential}, {@code staff}, {@code attestation} or {@code telecom-measure}
 */
public record RegisterChanged(String objectType, long id, String agencyCode, String change, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "registers." + objectType + "." + change;
    }

    @Override
    public String objectId() {
        return Long.toString(id);
    }

    @Override
    public String after() {
        return summary;
    }
}
