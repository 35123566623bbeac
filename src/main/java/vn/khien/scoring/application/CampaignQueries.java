package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyKind;
import vn.khien.identity.Role;
import vn.khien.scoring.CampaignState;
import vn.khien.scoring.application.Views.Board;
import vn.khien.scoring.application.Views.BoardLine;
import vn.khien.scoring.application.Views.CampaignView;
import vn.khien.scoring.application.Views.CriteriaSetView;
import vn.khien.scoring.application.Views.GradeView;
import vn.khien.scoring.application.Views.Scorecard;
import vn.khien.scoring.domain.AgencyScore;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriterionScore;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Campaigns, boards and scorecards for the people taking part. A published campaign shows its newest
 * published version; before that the scores are provisional, computed from today's data. Agency users
 * see their own agencies only (another agency's scorecard answers 404).
 *
 * <p>Not read-only transactions: the obligation counts as of a past day use a temporary table.
 */
@Service
public class CampaignQueries {

    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;
    private final CriteriaSetCatalogue sets;
    private final LiveScores live;
    private final PublishedRankings published;
    private final ScorecardText text;
    private final ScoringAccess access;
    private final Clock clock;

    CampaignQueries(
            JdbcClient jdbc,
            CampaignRepository campaigns,
            CriteriaSetCatalogue sets,
            LiveScores live,
            PublishedRankings published,
            ScorecardText text,
            ScoringAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.sets = sets;
        this.live = live;
        this.published = published;
        this.text = text;
        this.access = access;
        this.clock = clock;
    }

    public boolean mayManage() {
        return access.viewer().coordinator();
    }

    public List<CampaignView> list() {
        access.viewer();
        return jdbc.sql(CAMPAIGNS + " ORDER BY c.year DESC, c.id DESC")
                .query(this::campaignRow)
                .list();
    }

    public CampaignView campaign(long id) {
        access.viewer();
        return jdbc.sql(CAMPAIGNS + " WHERE c.id = :id")
                .param("id", id)
                .query(this::campaignRow)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException(CampaignManagement.TYPE, String.valueOf(id)));
    }

    /** The agencies the viewer may see, best first. */
    @Transactional
    public Board board(long id) {
        var viewer = access.viewer();
        CampaignView view = campaign(id);
        Campaign campaign = campaigns.findById(id).orElseThrow();
        CriteriaSet set = set(campaign);
        List<Result> results = results(campaign, set);
        List<BoardLine> lines = results.stream()
                .filter(r -> ScoringAccess.AGENCIES.allows(viewer, r.code()))
                .sorted(java.util.Comparator.comparingInt(Result::rankOverall).thenComparing(Result::name))
                .map(r -> new BoardLine(
                        r.code(),
                        r.name(),
                        r.kind(),
                        r.submitted(),
                        r.score(),
                        r.grade(),
                        r.rankOverall(),
                        r.rankInKind()))
                .toList();
        return new Board(view, campaign.publishedVersion() == 0, set.maxPoints(), lines);
    }

    @Transactional
    public Scorecard scorecard(long id, String agencyCode) {
        var viewer = access.viewer();
        ScoringAccess.AGENCIES.require(viewer, agencyCode, "agency", agencyCode);
        CampaignView view = campaign(id);
        Campaign campaign = campaigns.findById(id).orElseThrow();
        CriteriaSet set = set(campaign);
        Result result = results(campaign, set).stream()
                .filter(r -> r.code().equals(agencyCode))
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("agency", agencyCode));
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, CriterionScore> byCode = result.criteria().stream()
                .collect(Collectors.toMap(CriterionScore::criterionCode, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return new Scorecard(
                view,
                result.code(),
                result.name(),
                result.kind(),
                result.submitted(),
                campaign.publishedVersion(),
                result.score(),
                set.maxPoints(),
                result.grade(),
                result.rankOverall(),
                result.rankInKind(),
                result.scoreChange(),
                result.rankChange(),
                text.groups(set, byCode, locale),
                viewer.coordinatorOr(agencyCode, Role.AGENCY_OFFICER)
                        && (campaign.acceptsAnswers(today) || (campaign.inVerification() && asked(id, agencyCode))),
                viewer.coordinator() && campaign.inVerification() && result.submitted());
    }

    /** Whether the coordinator awaits more evidence from the agency: it may then resubmit during verification. */
    private boolean asked(long campaign, String agencyCode) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM scoring.evidence_request r JOIN scoring.submission s ON s.id = r.submission
                                        WHERE s.campaign = :campaign AND s.agency_code = :agency AND r.answered_at IS NULL)""")
                .param("campaign", campaign)
                .param("agency", agencyCode)
                .query(Boolean.class)
                .single();
    }

    /** Every stored version of every set, with its criteria and formulas in words. */
    public List<CriteriaSetView> sets() {
        access.viewer();
        Locale locale = LocaleContextHolder.getLocale();
        return sets.all().stream()
                .map(s -> new CriteriaSetView(
                        s.set().code(),
                        s.set().version(),
                        s.set().title().in(locale),
                        s.set().yearFrom(),
                        s.set().yearTo(),
                        s.set().agencyKinds().stream().sorted().toList(),
                        s.frozen(),
                        s.set().maxPoints(),
                        s.sha256(),
                        s.set().grades().stream()
                                .map(g -> new GradeView(g.code(), g.title().in(locale), g.minPoints()))
                                .toList(),
                        text.groups(s.set(), null, locale)))
                .toList();
    }

    /** One agency's line, from the newest published version or, before publication, from today's data. */
    private record Result(
            String code,
            String name,
            AgencyKind kind,
            boolean submitted,
            BigDecimal score,
            String grade,
            int rankOverall,
            int rankInKind,
            BigDecimal scoreChange,
            Integer rankChange,
            List<CriterionScore> criteria) {}

    private List<Result> results(Campaign campaign, CriteriaSet set) {
        Locale locale = LocaleContextHolder.getLocale();
        if (campaign.state() == CampaignState.PUBLISHED) {
            int version = campaign.publishedVersion();
            Map<String, List<CriterionScore>> criteria = published.criteria(campaign.id(), version);
            boolean english = "en".equals(locale.getLanguage());
            return published.rows(campaign.id(), version).stream()
                    .map(r -> new Result(
                            r.agencyCode(),
                            r.agencyName(),
                            r.kind(),
                            r.submitted(),
                            r.score(),
                            english ? r.gradeEn() : r.gradeVi(),
                            r.rankOverall(),
                            r.rankInKind(),
                            r.scoreChange(),
                            r.rankChange(),
                            criteria.getOrDefault(r.agencyCode(), List.of())))
                    .toList();
        }
        if (campaign.state() == CampaignState.CANCELLED) {
            return List.of();
        }
        List<AgencyScore> scores = live.of(campaign, set);
        return scores.stream()
                .map(s -> new Result(
                        s.agency().code(),
                        s.agency().name(),
                        s.agency().kind(),
                        s.submitted(),
                        s.score(),
                        s.grade().title().in(locale),
                        s.rankOverall(),
                        s.rankInKind(),
                        s.scoreChange(),
                        s.rankChange(),
                        s.criteria()))
                .toList();
    }

    private CriteriaSet set(Campaign campaign) {
        return sets.find(campaign.setCode(), campaign.setVersion())
                .orElseThrow()
                .set();
    }

    private static final String CAMPAIGNS = """
            SELECT c.id, c.year, c.title, c.set_code, c.set_version, s.title_vi, s.title_en, c.cut_off, c.closes_on,
                   c.state, c.published_version,
                   (SELECT count(*) FROM scoring.submission x WHERE x.campaign = c.id) AS submitted
              FROM scoring.campaign c
              JOIN scoring.criteria_set s ON s.code = c.set_code AND s.version = c.set_version""";

    private CampaignView campaignRow(ResultSet rs, int n) throws SQLException {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return new CampaignView(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("set_code"),
                rs.getInt("set_version"),
                rs.getString(english ? "title_en" : "title_vi"),
                rs.getObject("cut_off", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                CampaignState.valueOf(rs.getString("state")),
                rs.getInt("published_version"),
                rs.getLong("submitted"));
    }
}
