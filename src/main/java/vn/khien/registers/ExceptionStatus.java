package vn.khien.registers;

/**
 * The 10 % rule does not bind an agency that already has a compliant specialised security service: it
 * declares so with evidence and the coordinator accepts or rejects the declaration.
 */
public enum ExceptionStatus {
    NONE,
    DECLARED,
    ACCEPTED,
    REJECTED
}
