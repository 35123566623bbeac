package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.CampaignState;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/** What pages and the API show of scoring: small records, texts already in the user's language. */
public final class Views {

    private Views() {}

    public record CampaignView(
            long id,
            int year,
            String title,
            String setCode,
            int setVersion,
            String setTitle,
            LocalDate cutOff,
            LocalDate closesOn,
            CampaignState state,
            int publishedVersion,
            long submitted) {}

    public record BoardLine(
            String agencyCode,
            String agencyName,
            AgencyKind kind,
            boolean submitted,
            BigDecimal score,
            String grade,
            int rankOverall,
            int rankInKind) {}

    /** A campaign's agencies with their scores: provisional (today's data) until published. */
    public record Board(CampaignView campaign, boolean provisional, BigDecimal maxScore, List<BoardLine> lines) {}

    public record CriterionView(
            String code,
            String title,
            ScoringMethod method,
            Formula formula,
            String formulaText,
            AnswerType answerType,
            List<String> levels,
            BigDecimal target,
            String unit,
            String basis,
            BigDecimal maxPoints,
            BigDecimal points,
            String value,
            String input,
            boolean overridden,
            String reason) {}

    public record GroupView(
            String code, String title, BigDecimal maxPoints, BigDecimal points, List<CriterionView> criteria) {}

    public record GradeView(String code, String title, BigDecimal minPoints) {}

    public record CriteriaSetView(
            String code,
            int version,
            String title,
            int yearFrom,
            int yearTo,
            List<AgencyKind> agencyKinds,
            boolean frozen,
            BigDecimal maxPoints,
            String sha256,
            List<GradeView> grades,
            List<GroupView> groups) {}

    /** One agency's scorecard in a campaign; {@code version} is the published version shown, 0 if provisional. */
    public record Scorecard(
            CampaignView campaign,
            String agencyCode,
            String agencyName,
            AgencyKind kind,
            boolean submitted,
            int version,
            BigDecimal score,
            BigDecimal maxScore,
            String grade,
            int rankOverall,
            int rankInKind,
            BigDecimal scoreChange,
            Integer rankChange,
            List<GroupView> groups,
            boolean mayAnswer,
            boolean mayVerify) {}
}
