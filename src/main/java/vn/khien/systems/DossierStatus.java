package vn.khien.systems;

/** The steps of a level dossier (Decree 85/2016 Arts. 12–15). */
public enum DossierStatus {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    APPROVED,
    RETURNED,
    /** Abandoned by the owner before approval; kept as a record, and a new dossier may start. */
    WITHDRAWN;

    /** A dossier still being worked on: a new one cannot start beside it. */
    public boolean open() {
        return this != APPROVED && this != WITHDRAWN;
    }
}
