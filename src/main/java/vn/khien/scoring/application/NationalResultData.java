package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The province's result in a year's national assessment as the national document gives it: rank among
 * the provinces, the index score (for example the CSI), and the pillars the methodology scores, free by
 * name (such as the ITU GCI's legal, technical, organisational, capacity and cooperation measures).
 */
public record NationalResultData(
        Integer year,
        String methodology,
        Integer rank,
        Integer provinces,
        BigDecimal score,
        BigDecimal maxScore,
        String sourceNumber,
        LocalDate sourceDate,
        List<Pillar> pillars) {

    public NationalResultData {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
    }

    /** The same result for the year given (the API takes the year from its address). */
    public NationalResultData forYear(int year) {
        return new NationalResultData(
                year, methodology, rank, provinces, score, maxScore, sourceNumber, sourceDate, pillars);
    }

    /** One pillar's score; a row without name or score is left out. */
    public record Pillar(String name, BigDecimal score, BigDecimal maxScore) {

        boolean blank() {
            return (name == null || name.isBlank()) && score == null && maxScore == null;
        }
    }
}
