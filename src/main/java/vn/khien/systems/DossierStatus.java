package vn.khien.systems;

/** The steps of a level dossier (Decree 85/2016 Arts. 12–15). */
public enum DossierStatus {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    APPROVED,
    RETURNED;

    /** A dossier still being worked on: a new one cannot start beside it. */
    public boolean open() {
        return this != APPROVED;
    }
}
