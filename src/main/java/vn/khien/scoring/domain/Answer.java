package vn.khien.scoring.domain;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** An agency's answer to one self-assessed criterion, with the coordinator's points if set. */
@Table(schema = "scoring", name = "answer")
public record Answer(
        String criterionCode, String value, BigDecimal verifiedPoints, String verificationReason, String verifiedBy) {

    SubmittedAnswer forScoring() {
        return new SubmittedAnswer(value, verifiedPoints, verificationReason);
    }
}
