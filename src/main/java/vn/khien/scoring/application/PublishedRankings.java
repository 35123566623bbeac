package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.domain.AgencyScore;
import vn.khien.scoring.domain.CriterionScore;
import vn.khien.scoring.domain.PreviousScore;
import vn.khien.scoring.domain.PublishedSnapshot;

/**
 * Writes and reads published versions. Writing is three set-based inserts (the version with its
 * snapshot, the scores, the criteria's points); the tables refuse any update or delete. Reading never
 * looks at unpublished data: everything here comes from these tables.
 */
@Component
class PublishedRankings {

    record Version(
            long campaign,
            int version,
            int year,
            String title,
            BigDecimal maxScore,
            Instant publishedAt,
            String correctionReason,
            String sha256) {}

    record Row(
            String agencyCode,
            String agencyName,
            AgencyKind kind,
            boolean submitted,
            BigDecimal score,
            String gradeCode,
            String gradeVi,
            String gradeEn,
            int rankOverall,
            int rankInKind,
            BigDecimal scoreChange,
            Integer rankChange) {}

    private record Versions(long generation, List<Version> versions) {}

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private volatile Versions cache;

    PublishedRankings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(
            PublishedSnapshot.Header header,
            PublishedSnapshot snapshot,
            BigDecimal maxScore,
            List<AgencyScore> scores,
            String by,
            Instant at) {
        forgetVersions();
        jdbc.sql("""
                        INSERT INTO scoring.publication_ranking (campaign, version, year, title, max_score, published_at,
                                                               published_by, correction_reason, snapshot, snapshot_sha256)
                        VALUES (:campaign, :version, :year, :title, :max, :at, :by, :reason, :snapshot, :sha)""")
                .param("campaign", header.campaignId())
                .param("version", header.version())
                .param("year", header.year())
                .param("title", header.title())
                .param("max", maxScore)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reason", header.correctionReason())
                .param("snapshot", snapshot.json())
                .param("sha", snapshot.sha256())
                .update();
        jdbc.sql("""
                        INSERT INTO scoring.publication_score (campaign, version, agency_code, agency_name, agency_kind,
                               submitted, score, grade_code, grade_vi, grade_en, rank_overall, rank_in_kind,
                               score_change, rank_change)
                        SELECT :campaign, :version, r.* FROM unnest(CAST(:codes AS text[]), CAST(:names AS text[]),
                               CAST(:kinds AS text[]), CAST(:submitted AS boolean[]), CAST(:scores AS numeric[]),
                               CAST(:grades AS text[]), CAST(:gradesVi AS text[]), CAST(:gradesEn AS text[]),
                               CAST(:ranks AS int[]), CAST(:kindRanks AS int[]), CAST(:changes AS numeric[]),
                               CAST(:rankChanges AS int[])) AS r""")
                .param("campaign", header.campaignId())
                .param("version", header.version())
                .param("codes", scores.stream().map(s -> s.agency().code()).toArray(String[]::new))
                .param("names", scores.stream().map(s -> s.agency().name()).toArray(String[]::new))
                .param(
                        "kinds",
                        scores.stream().map(s -> s.agency().kind().name()).toArray(String[]::new))
                .param("submitted", scores.stream().map(AgencyScore::submitted).toArray(Boolean[]::new))
                .param("scores", scores.stream().map(AgencyScore::score).toArray(BigDecimal[]::new))
                .param("grades", scores.stream().map(s -> s.grade().code()).toArray(String[]::new))
                .param(
                        "gradesVi",
                        scores.stream().map(s -> s.grade().title().vi()).toArray(String[]::new))
                .param(
                        "gradesEn",
                        scores.stream().map(s -> s.grade().title().en()).toArray(String[]::new))
                .param("ranks", scores.stream().map(AgencyScore::rankOverall).toArray(Integer[]::new))
                .param("kindRanks", scores.stream().map(AgencyScore::rankInKind).toArray(Integer[]::new))
                .param("changes", scores.stream().map(AgencyScore::scoreChange).toArray(BigDecimal[]::new))
                .param(
                        "rankChanges",
                        scores.stream().map(AgencyScore::rankChange).toArray(Integer[]::new))
                .update();
        List<String[]> keys = scores.stream()
                .flatMap(s ->
                        s.criteria().stream().map(c -> new String[] {s.agency().code(), c.criterionCode()}))
                .toList();
        List<CriterionScore> criteria =
                scores.stream().flatMap(s -> s.criteria().stream()).toList();
        jdbc.sql("""
                        INSERT INTO scoring.publication_criterion_score (campaign, version, agency_code, criterion_code,
                               points, input, overridden, reason)
                        SELECT :campaign, :version, c.* FROM unnest(CAST(:agencies AS text[]), CAST(:codes AS text[]),
                               CAST(:points AS numeric[]), CAST(:inputs AS text[]), CAST(:overridden AS boolean[]),
                               CAST(:reasons AS text[])) AS c""")
                .param("campaign", header.campaignId())
                .param("version", header.version())
                .param("agencies", keys.stream().map(k -> k[0]).toArray(String[]::new))
                .param("codes", keys.stream().map(k -> k[1]).toArray(String[]::new))
                .param("points", criteria.stream().map(CriterionScore::points).toArray(BigDecimal[]::new))
                .param("inputs", criteria.stream().map(CriterionScore::input).toArray(String[]::new))
                .param(
                        "overridden",
                        criteria.stream().map(CriterionScore::overridden).toArray(Boolean[]::new))
                .param("reasons", criteria.stream().map(CriterionScore::reason).toArray(String[]::new))
                .update();
    }

    /**
     * Every published version, newest year first, newest version first. Kept in memory: the public
     * pages ask for it on every request, and it changes only when this class writes a version (the
     * list is read again after that commits; a list read while a write was under way is not kept).
     */
    List<Version> versions() {
        long current = generation.get();
        Versions kept = cache;
        if (kept != null && kept.generation() == current) {
            return kept.versions();
        }
        List<Version> read = jdbc.sql(VERSION_SELECT + " ORDER BY p.year DESC, p.version DESC")
                .query(PublishedRankings::version)
                .list();
        cache = new Versions(current, read);
        return read;
    }

    /** The newest version published for the year, if any. */
    Optional<Version> latest(int year) {
        return versions().stream().filter(v -> v.year() == year).findFirst();
    }

    Optional<Version> version(int year, int version) {
        return versions().stream()
                .filter(v -> v.year() == year && v.version() == version)
                .findFirst();
    }

    Optional<Version> latestOfCampaign(long campaign) {
        return versions().stream().filter(v -> v.campaign() == campaign).findFirst();
    }

    private void forgetVersions() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    /** The version's rows, best first, then by name. */
    List<Row> rows(long campaign, int version) {
        return jdbc.sql("""
                        SELECT * FROM scoring.publication_score
                         WHERE campaign = :campaign AND version = :version
                         ORDER BY rank_overall, agency_name COLLATE public.vietnamese, agency_code""")
                .param("campaign", campaign)
                .param("version", version)
                .query((rs, n) -> new Row(
                        rs.getString("agency_code"),
                        rs.getString("agency_name"),
                        AgencyKind.valueOf(rs.getString("agency_kind")),
                        rs.getBoolean("submitted"),
                        rs.getBigDecimal("score"),
                        rs.getString("grade_code"),
                        rs.getString("grade_vi"),
                        rs.getString("grade_en"),
                        rs.getInt("rank_overall"),
                        rs.getInt("rank_in_kind"),
                        rs.getBigDecimal("score_change"),
                        (Integer) rs.getObject("rank_change")))
                .list();
    }

    /** The criteria's points of a version, by agency code. */
    Map<String, List<CriterionScore>> criteria(long campaign, int version) {
        Map<String, List<CriterionScore>> byAgency = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM scoring.publication_criterion_score
                         WHERE campaign = :campaign AND version = :version ORDER BY agency_code""")
                .param("campaign", campaign)
                .param("version", version)
                .query((rs, n) -> byAgency.computeIfAbsent(
                                rs.getString("agency_code"), k -> new java.util.ArrayList<>())
                        .add(criterionScore(rs)))
                .list();
        return byAgency;
    }

    /** One agency's criteria's points in a version (empty if it is not in it). */
    List<CriterionScore> criteriaOf(long campaign, int version, String agencyCode) {
        return jdbc.sql("""
                        SELECT * FROM scoring.publication_criterion_score
                         WHERE campaign = :campaign AND version = :version AND agency_code = :agency""")
                .param("campaign", campaign)
                .param("version", version)
                .param("agency", agencyCode)
                .query((rs, n) -> criterionScore(rs))
                .list();
    }

    private static CriterionScore criterionScore(ResultSet rs) throws SQLException {
        return new CriterionScore(
                rs.getString("criterion_code"),
                rs.getBigDecimal("points"),
                rs.getString("input"),
                rs.getBoolean("overridden"),
                rs.getString("reason"));
    }

    /** Scores and overall ranks of the newest version published for the year before, by agency code. */
    Map<String, PreviousScore> previousYear(int year) {
        Map<String, PreviousScore> previous = new HashMap<>();
        latest(year - 1)
                .ifPresent(v -> rows(v.campaign(), v.version())
                        .forEach(r -> previous.put(r.agencyCode(), new PreviousScore(r.score(), r.rankOverall()))));
        return previous;
    }

    /** Whether the stored snapshot still has the hash stored with it. */
    boolean intact(long campaign, int version) {
        return jdbc.sql(
                        "SELECT snapshot, snapshot_sha256 FROM scoring.publication_ranking WHERE campaign = ? AND version = ?")
                .param(campaign)
                .param(version)
                .query((rs, n) -> PublishedSnapshot.sha256(rs.getString(1)).equals(rs.getString(2)))
                .single();
    }

    private static final String VERSION_SELECT = """
            SELECT p.campaign, p.version, p.year, p.title, p.max_score, p.published_at, p.correction_reason,
                   p.snapshot_sha256
              FROM scoring.publication_ranking p""";

    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(
                rs.getLong("campaign"),
                rs.getInt("version"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getBigDecimal("max_score"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("correction_reason"),
                rs.getString("snapshot_sha256"));
    }
}
