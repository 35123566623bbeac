/**
 * The append-only, hash-chained audit trail.
 *
 * <p>Owns: audit records of every change ({@link vn.khien.shared.AuditableEvent}s published by any
 * module) and every security event (sign-in, failed sign-in, sign-out, access denied). Publishes:
 * nothing. Offers: {@link vn.khien.audit.AuditTrail} to verify the chain.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared"})
package vn.khien.audit;
