package vn.khien.systems.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A document of a dossier; its bytes are in the file store under {@code sha256}. */
@Table(schema = "systems", name = "dossier_attachment")
public record Attachment(
        UUID ref,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
