package vn.khien.audit.application;

import java.time.Instant;

/** An audit record as the page and the API show it. */
public record AuditRow(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        String remoteAddress) {}
