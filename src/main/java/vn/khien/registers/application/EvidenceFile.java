package vn.khien.registers.application;

import java.time.Instant;
import java.util.UUID;

/** An uploaded evidence file as pages and the API show it; {@code ref} addresses its download. */
public record EvidenceFile(
        UUID ref, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}
