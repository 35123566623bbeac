package vn.khien.audit.domain;

import java.time.Instant;

/** One audit record's content, as hashed into the chain. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        String remoteAddress) {}
