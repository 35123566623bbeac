package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/**
 * A level dossier was created, edited, moved a step (submitted, appraised, approved, returned) or got
 * an attachment; {@code detail} is the opinion, decision or reasons, when there is one.
 */
public record LevelDossierChanged(String systemCode, int number, String change, int proposedLevel, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "systems.dossier." + change;
    }

    @Override
    public String objectType() {
        return "level-dossier";
    }

    @Override
    public String objectId() {
        return systemCode + "/" + number;
    }

    @Override
    public String after() {
        return "level=" + proposedLevel + (detail == null ? "" : ", " + detail);
    }
}
