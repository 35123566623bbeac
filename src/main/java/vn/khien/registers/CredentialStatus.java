package vn.khien.registers;

/** The life of a signing credential; the last three end it. */
public enum CredentialStatus {
    REQUESTED,
    ISSUED,
    RENEWED,
    SUSPENDED,
    REVOKED,
    EXPIRED,
    LOST_OR_BROKEN;

    /** A credential that can still sign (or be made to sign again): the ones to revoke when the holder leaves. */
    public boolean active() {
        return this == ISSUED || this == RENEWED || this == SUSPENDED;
    }
}
