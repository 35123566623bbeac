package vn.khien.scoring.domain;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The coordinator's request for more evidence on one self-assessed criterion, made during
 * verification; open until the agency resubmits ({@code answeredAt}).
 */
@Table(schema = "scoring", name = "evidence_request")
public record EvidenceRequest(
        String criterionCode, String note, String requestedBy, Instant requestedAt, Instant answeredAt) {

    public boolean open() {
        return answeredAt == null;
    }

    EvidenceRequest answered(Instant at) {
        return new EvidenceRequest(criterionCode, note, requestedBy, requestedAt, at);
    }
}
