package vn.khien.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The result of walking the chain: how many records were checked and, if the chain is broken, the
 * sequence number of the first record that does not match and why. Serializable: the audit page hands
 * it to the next page as a flash attribute, which lives in the (PostgreSQL) session.
 */
public record ChainVerification(
        boolean intact, long recordsChecked, Long firstBrokenSeq, String problem, Instant verifiedAt)
        implements Serializable {}
