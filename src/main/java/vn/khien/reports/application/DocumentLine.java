package vn.khien.reports.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.khien.reports.domain.ReportDocument;

/** A kept document of a report version, for the versions and downloads list. */
public record DocumentLine(
        long id,
        String format,
        String origin,
        String fileName,
        String sha256,
        long sizeBytes,
        LocalDate cutOff,
        String createdBy,
        Instant createdAt) {

    static DocumentLine of(ReportDocument d) {
        return new DocumentLine(
                d.id(),
                d.format().name(),
                d.origin().name(),
                d.fileName(),
                d.sha256(),
                d.sizeBytes(),
                d.cutOff(),
                d.createdBy(),
                d.createdAt());
    }
}
