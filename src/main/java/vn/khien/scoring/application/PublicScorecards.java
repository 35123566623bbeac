package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.scoring.application.PublicRankings.PublicEntry;
import vn.khien.scoring.application.PublicRankings.PublicRanking;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriterionScore;

/**
 * An agency's published scorecard for everyone: its groups and criteria with their points, from the
 * published tables only. Neither answers, evidence nor the coordinator's reasons are shown: the
 * points are what the province published.
 */
@Service
public class PublicScorecards {

    public record PublicCriterion(
            String code,
            String title,
            boolean automatic,
            String formulaText,
            String basis,
            BigDecimal maxPoints,
            BigDecimal points) {}

    public record PublicGroup(
            String code, String title, BigDecimal maxPoints, BigDecimal points, List<PublicCriterion> criteria) {}

    public record PublicScorecard(
            PublicRanking ranking, PublicEntry entry, String setTitle, List<PublicGroup> groups) {}

    private final PublicRankings rankings;
    private final PublishedRankings published;
    private final CriteriaSetCatalogue sets;
    private final ScorecardText text;
    private final JdbcClient jdbc;

    PublicScorecards(
            PublicRankings rankings,
            PublishedRankings published,
            CriteriaSetCatalogue sets,
            ScorecardText text,
            JdbcClient jdbc) {
        this.rankings = rankings;
        this.published = published;
        this.sets = sets;
        this.text = text;
        this.jdbc = jdbc;
    }

    /** Empty when the year, the version or the agency is not in a published ranking. */
    public Optional<PublicScorecard> scorecard(int year, Integer version, String agencyCode) {
        return rankings.ranking(year, version)
                .flatMap(ranking -> ranking.items().stream()
                        .filter(e -> e.agencyCode().equals(agencyCode))
                        .findFirst()
                        .map(entry -> scorecard(ranking, entry)));
    }

    private PublicScorecard scorecard(PublicRanking ranking, PublicEntry entry) {
        long campaign = published
                .version(ranking.year(), ranking.version())
                .orElseThrow()
                .campaign();
        CriteriaSet set = setOf(campaign);
        Map<String, CriterionScore> points =
                published.criteriaOf(campaign, ranking.version(), entry.agencyCode()).stream()
                        .collect(Collectors.toMap(CriterionScore::criterionCode, Function.identity()));
        Locale locale = LocaleContextHolder.getLocale();
        List<PublicGroup> groups = text.groups(set, points, locale).stream()
                .map(g -> new PublicGroup(
                        g.code(),
                        g.title(),
                        g.maxPoints(),
                        g.points(),
                        g.criteria().stream()
                                .map(c -> new PublicCriterion(
                                        c.code(),
                                        c.title(),
                                        c.formulaText() != null,
                                        c.formulaText(),
                                        c.basis(),
                                        c.maxPoints(),
                                        c.points()))
                                .toList()))
                .toList();
        return new PublicScorecard(ranking, entry, set.title().in(locale), groups);
    }

    /** The set a published campaign applied (frozen: its text is in the published snapshot). */
    CriteriaSet setOf(long campaign) {
        // the set is looked up after this query has given its connection back: a lookup inside the row
        // mapper holds two connections per request, and a crowd of requests exhausts the pool
        var key = jdbc.sql("SELECT set_code, set_version FROM scoring.campaign WHERE id = ? AND published_version > 0")
                .param(campaign)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .single();
        return sets.find(key.getKey(), key.getValue()).orElseThrow().set();
    }
}
