package vn.khien.scoring.domain;

import java.math.BigDecimal;

/** An agency's score and overall rank in the previous year's published ranking. */
public record PreviousScore(BigDecimal score, int rankOverall) {}
