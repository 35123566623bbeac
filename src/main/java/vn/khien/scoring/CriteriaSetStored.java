package vn.khien.scoring;

import vn.khien.shared.AuditableEvent;

/** The coordinator stored a criteria set version from its YAML text (audited with the text's SHA-256). */
public record CriteriaSetStored(String code, int version, String sha256) implements AuditableEvent {

    @Override
    public String action() {
        return "scoring.criteria-set.stored";
    }

    @Override
    public String objectType() {
        return "scoring-criteria-set";
    }

    @Override
    public String objectId() {
        return code + "/" + version;
    }

    @Override
    public String after() {
        return "SHA-256 " + sha256;
    }
}
