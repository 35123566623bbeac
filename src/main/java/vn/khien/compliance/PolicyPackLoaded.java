package vn.khien.compliance;

import java.time.LocalDate;
import vn.khien.shared.AuditableEvent;

/** A new version of a policy pack was stored: from the repository at start, or edited by the coordinator. */
public record PolicyPackLoaded(String packCode, int version, LocalDate effectiveFrom, String source, String note)
        implements AuditableEvent {

    @Override
    public String action() {
        return "compliance.pack.loaded";
    }

    @Override
    public String objectType() {
        return "policy-pack";
    }

    @Override
    public String objectId() {
        return packCode;
    }

    @Override
    public String after() {
        return "version " + version + " (" + source + ") effective " + effectiveFrom
                + (note == null ? "" : ": " + note);
    }
}
