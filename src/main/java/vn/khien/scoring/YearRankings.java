package vn.khien.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published ranking of a year as it stood at an instant, for other modules (the coordinator's report
 * to the ministry quotes it). Only published versions are read, as on the public ranking page.
 */
public interface YearRankings {

    /** The year's newest version published by {@code at}; empty when none was. */
    Optional<Ranking> of(int year, Instant at);

    /** A published version with its entries, best first. */
    record Ranking(int year, String title, int version, Instant publishedAt, BigDecimal maxScore, List<Entry> entries) {

        public Ranking {
            entries = List.copyOf(entries);
        }
    }

    /** {@code grade} in Vietnamese; {@code submitted}: the agency sent its self-assessment. */
    record Entry(String agencyCode, String agencyName, BigDecimal score, String grade, int rank, boolean submitted) {}
}
