package vn.khien.scoring.application;

import java.math.BigDecimal;

/** New points for one criterion of one agency in a correction of a published ranking. */
public record PointChange(String agencyCode, String criterionCode, BigDecimal points) {}
