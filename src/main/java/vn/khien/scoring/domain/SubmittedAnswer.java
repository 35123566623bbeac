package vn.khien.scoring.domain;

import java.math.BigDecimal;

/** An answer as scoring reads it: the value (null if unanswered) and the coordinator's points, if set. */
public record SubmittedAnswer(String value, BigDecimal verifiedPoints, String verificationReason) {}
