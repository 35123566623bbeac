package vn.khien.registers.application;

import java.time.LocalDate;
import java.util.List;

/** One telecom measure in a list, with its evidence files. */
public record TelecomMeasureRow(
        long id,
        String agencyCode,
        String measure,
        String scope,
        LocalDate since,
        String evidence,
        List<EvidenceFile> files) {

    TelecomMeasureRow withFiles(List<EvidenceFile> attached) {
        return new TelecomMeasureRow(id, agencyCode, measure, scope, since, evidence, attached);
    }
}
