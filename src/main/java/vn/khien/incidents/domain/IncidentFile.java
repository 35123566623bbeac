package vn.khien.incidents.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A file attached to the incident; the bytes are in the shared file store under {@code sha256}. */
@Table(schema = "incidents", name = "incident_file")
public record IncidentFile(
        UUID ref,
        String sha256,
        String fileName,
        String mediaType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
