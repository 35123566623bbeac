package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/**
 * A level dossier was created, edited, moved a step (submitted, appraised, approved, returned) or got
 * an attachment; {@code detail} is the opinion, decision or reasons, when there is one. It is recorded
 * on the system, so that the system's history tells its dossiers too.
 */
public record LevelDossierChanged(String systemCode, int number, String change, int proposedLevel, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.dossier." + change;
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return systemCode;
    }

    @Override
    public String after() {
        return "dossier=" + number + ", level=" + proposedLevel + (detail == null ? "" : ", " + detail);
    }
}
