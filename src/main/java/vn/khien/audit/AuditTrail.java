package vn.khien.audit;

/** Checks that no audit record has been altered, removed or inserted since it was written. */
public interface AuditTrail {

    ChainVerification verify();
}
