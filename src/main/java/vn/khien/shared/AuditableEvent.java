package vn.khien.shared;

/**
 * A change or security event that the audit trail must record. A module makes an event auditable by
 * implementing this interface and publishing it; the audit module writes it, in the same transaction
 * as the change, with the acting user and the time.
 */
public interface AuditableEvent {

    /** What happened, as a stable dotted key: {@code identity.user.created}. */
    String action();

    /** The kind of object changed: {@code user}, {@code agency}. */
    String objectType();

    /** The object's business identifier (a code or user name, never an internal id). */
    String objectId();

    /** A short summary of the state before the change, or {@code null}. */
    default String before() {
        return null;
    }

    /** A short summary of the state after the change, or {@code null}. */
    default String after() {
        return null;
    }
}
