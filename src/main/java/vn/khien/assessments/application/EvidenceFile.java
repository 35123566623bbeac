package vn.khien.assessments.application;

import java.time.Instant;
import java.util.UUID;

/** A stored evidence file or report as listed on a page; {@code ref} is its only handle. */
public record EvidenceFile(
        UUID ref,
        String kind,
        String fileName,
        String mediaType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
