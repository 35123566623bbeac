package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.scoring.application.PublicRankings.PublicEntry;
import vn.khien.scoring.application.PublicRankings.PublicRanking;

/**
 * The public page's charts, from published versions only: how many agencies got each grade of the
 * set, and the province's average score in each published year (its newest version). Both are kept
 * once computed, per published version and per list of published versions.
 */
@Service
public class RankingCharts {

    /** One grade band with its agencies. */
    public record GradeCount(String grade, long agencies) {}

    /** A published year's average score (two decimals) out of its maximum. */
    public record YearAverage(int year, BigDecimal average, BigDecimal maxScore) {}

    private final JdbcClient jdbc;
    private final PublicScorecards scorecards;
    private final PublishedRankings published;
    private final Map<String, List<GradeCount>> distributions = new ConcurrentHashMap<>();
    private final Map<String, List<YearAverage>> trends = new ConcurrentHashMap<>();

    RankingCharts(JdbcClient jdbc, PublicScorecards scorecards, PublishedRankings published) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.published = published;
    }

    /** Agencies per grade of the version, every grade of the set from the highest, empty ones included. */
    public List<GradeCount> distribution(PublicRanking ranking) {
        Locale locale = LocaleContextHolder.getLocale();
        return distributions.computeIfAbsent(ranking.sha256() + "-" + locale.getLanguage(), k -> {
            long campaign = published
                    .version(ranking.year(), ranking.version())
                    .orElseThrow()
                    .campaign();
            Map<String, Long> counts =
                    ranking.items().stream().collect(Collectors.groupingBy(PublicEntry::grade, Collectors.counting()));
            return scorecards.setOf(campaign).grades().stream()
                    .map(g -> new GradeCount(g.title().in(locale), counts.getOrDefault(g.code(), 0L)))
                    .toList();
        });
    }

    /** The average score of every published year, oldest first; {@code tag} names the published versions. */
    public List<YearAverage> trend(String tag) {
        if (trends.size() > 16) {
            trends.clear(); // tags of lists that were replaced by a newer publication
        }
        return trends.computeIfAbsent(
                tag,
                k -> jdbc.sql("""
                        SELECT p.year, avg(s.score) AS average, p.max_score
                          FROM scoring.publication_ranking p
                          JOIN scoring.publication_score s ON s.campaign = p.campaign AND s.version = p.version
                         WHERE p.version = (SELECT max(q.version) FROM scoring.publication_ranking q
                                             WHERE q.campaign = p.campaign)
                         GROUP BY p.year, p.max_score ORDER BY p.year""")
                        .query((rs, n) -> new YearAverage(
                                rs.getInt("year"),
                                rs.getBigDecimal("average").setScale(2, RoundingMode.HALF_UP),
                                rs.getBigDecimal("max_score")))
                        .list());
    }
}
