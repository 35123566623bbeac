package vn.khien.scoring.domain;

import java.math.BigDecimal;

/** A grade (e.g. Tốt) given to a total score of at least {@code minPoints}. */
public record GradeBand(String code, LocalizedText title, BigDecimal minPoints) {}
