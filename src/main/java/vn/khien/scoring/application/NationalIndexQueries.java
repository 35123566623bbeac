package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.facts.AssessmentFacts;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The province's national assessment results for everyone of the province taking part in scoring: each
 * year with its pillars and what is still open of its findings, and the trend of rank and score.
 */
@Service
public class NationalIndexQueries {

    public record PillarView(String name, BigDecimal score, BigDecimal maxScore) {}

    /** Findings of the year's remediation campaign: all, not yet closed, overdue. */
    public record Followup(UUID campaignId, long findings, long open, long overdue) {}

    public record NationalResultView(
            int year,
            String methodology,
            Integer rank,
            Integer provinces,
            BigDecimal score,
            BigDecimal maxScore,
            String sourceNumber,
            LocalDate sourceDate,
            List<PillarView> pillars,
            Followup followup) {}

    public record NationalIndex(List<NationalResultView> years, LineChart rankTrend, LineChart scoreTrend) {}

    private final JdbcClient jdbc;
    private final ScoringAccess access;
    private final Clock clock;

    NationalIndexQueries(JdbcClient jdbc, ScoringAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public boolean mayRecord() {
        return access.viewer().coordinator();
    }

    /** Every recorded year, newest first, with the trends drawn oldest first. */
    public NationalIndex index() {
        access.viewer();
        Map<Integer, List<PillarView>> pillars = jdbc
                .sql("SELECT year, name, score, max_score FROM scoring.national_pillar ORDER BY year, position")
                .query((rs, n) -> Map.entry(
                        rs.getInt("year"),
                        new PillarView(rs.getString("name"), rs.getBigDecimal("score"), rs.getBigDecimal("max_score"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, Followup> followups = followups();
        List<NationalResultView> years = jdbc.sql("SELECT * FROM scoring.national_result ORDER BY year DESC")
                .query((rs, n) -> {
                    UUID campaign = rs.getObject("remediation_campaign", UUID.class);
                    return new NationalResultView(
                            rs.getInt("year"),
                            rs.getString("methodology"),
                            (Integer) rs.getObject("rank"),
                            (Integer) rs.getObject("provinces"),
                            rs.getBigDecimal("score"),
                            rs.getBigDecimal("max_score"),
                            rs.getString("source_number"),
                            rs.getObject("source_date", LocalDate.class),
                            pillars.getOrDefault(rs.getInt("year"), List.of()),
                            campaign == null
                                    ? null
                                    : followups.getOrDefault(campaign, new Followup(campaign, 0, 0, 0)));
                })
                .list();
        List<NationalResultView> oldestFirst = years.stream()
                .sorted(Comparator.comparingInt(NationalResultView::year))
                .toList();
        List<Integer> trendYears =
                oldestFirst.stream().map(NationalResultView::year).toList();
        return new NationalIndex(
                years,
                LineChart.of(
                        trendYears,
                        oldestFirst.stream()
                                .map(r -> r.rank() == null ? null : BigDecimal.valueOf(r.rank()))
                                .toList(),
                        true),
                LineChart.of(
                        trendYears,
                        oldestFirst.stream().map(NationalResultView::score).toList(),
                        false));
    }

    public NationalResultView year(int year) {
        return index().years().stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException(NationalIndexManagement.TYPE, Integer.toString(year)));
    }

    /** One set-based count over the published findings of every linked campaign. */
    private Map<UUID, Followup> followups() {
        String open = String.join(
                "','", FindingStatus.OPEN.name(), FindingStatus.REMEDIATION_PLANNED.name(), FindingStatus.FIXED.name());
        String awaiting = String.join("','", FindingStatus.OPEN.name(), FindingStatus.REMEDIATION_PLANNED.name());
        return jdbc
                .sql("""
                        SELECT f.campaign_id, count(*) AS findings,
                               count(*) FILTER (WHERE f.status IN ('%s')) AS open,
                               count(*) FILTER (WHERE f.status IN ('%s') AND f.due_on < :today) AS overdue
                          FROM %s f
                         WHERE f.campaign_id IN (SELECT remediation_campaign FROM scoring.national_result)
                         GROUP BY f.campaign_id""".formatted(open, awaiting, AssessmentFacts.FINDING.name()))
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new Followup(
                        rs.getObject("campaign_id", UUID.class),
                        rs.getLong("findings"),
                        rs.getLong("open"),
                        rs.getLong("overdue")))
                .list()
                .stream()
                .collect(Collectors.toMap(Followup::campaignId, f -> f));
    }
}
