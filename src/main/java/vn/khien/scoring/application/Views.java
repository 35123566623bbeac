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
            List<String> rules,
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

    /** An evidence file of an answer; {@code ref} is its only handle. */
    public record EvidenceFileView(
            java.util.UUID ref,
            String criterionCode,
            String fileName,
            String mediaType,
            long sizeBytes,
            String uploadedBy,
            java.time.Instant uploadedAt) {}

    /** The coordinator's open request for more evidence on a criterion. */
    public record EvidenceRequestView(String note, String requestedBy, java.time.Instant requestedAt) {}

    /**
     * The evidence side of a scorecard, by criterion code: the files and open requests (empty unless
     * the viewer is the agency's or the coordinator), the criteria the viewer may attach files to now,
     * and whether the coordinator may ask for more.
     */
    public record EvidenceView(
            boolean mayDownload,
            java.util.Set<String> mayAttachTo,
            java.util.Map<String, List<EvidenceFileView>> files,
            java.util.Map<String, EvidenceRequestView> requests,
            boolean mayRequest) {}
}
