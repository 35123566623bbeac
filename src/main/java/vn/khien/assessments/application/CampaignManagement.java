package vn.khien.assessments.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.CampaignChanged;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.NewFinding;
import vn.khien.assessments.RemediationCampaigns;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.EnumSql;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * Remediation campaigns: findings handed down from outside (the national 2018 review's list for the
 * province, Directive 14/CT-TTg) that the coordinator assigns to agencies and follows to closure.
 */
@Service
public class CampaignManagement implements RemediationCampaigns {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final FindingManagement findings;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignManagement(
            JdbcClient jdbc,
            AccessPolicy access,
            FindingManagement findings,
            AgencyDirectory agencies,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.findings = findings;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** A campaign with its progress: findings assigned and findings closed. */
    public record CampaignRow(UUID id, String name, String source, long findings, long closed, long overdue) {}

    @Transactional
    public UUID create(String name, String source) {
        access.currentViewer().requireCoordinator();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO assessments.campaign (id, name, source, created_by, created_at)"
                        + " VALUES (:id, :name, :source, :by, :at)")
                .param("id", id)
                .param("name", Texts.required("name", name, 300))
                .param("source", Texts.optional("source", source, 1000))
                .param("by", access.currentViewer().actor())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new CampaignChanged(id, "created", name.strip()));
        return id;
    }

    /** Assigns one handed-down finding to an agency (and, when known, one of its systems). */
    @Transactional
    public UUID addFinding(UUID campaignId, String agencyCode, NewFinding finding) {
        access.currentViewer().requireCoordinator();
        campaign(campaignId);
        if (agencyCode == null || agencies.find(agencyCode.strip()).isEmpty()) {
            throw new InvalidInputException("agencyCode", "assessments.error.agency-unknown");
        }
        return findings.raiseInCampaign(campaignId, agencyCode.strip(), finding);
    }

    public PageResponse<CampaignRow> list(Paging paging) {
        var viewer = access.currentViewer();
        viewer.require(viewer.seesEveryAgency(), "campaigns are province-wide");
        long total = jdbc.sql("SELECT count(*) FROM assessments.campaign")
                .query(Long.class)
                .single();
        var items = jdbc.sql(ROW + " ORDER BY c.created_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .param("today", java.time.LocalDate.now(clock))
                .query(CampaignManagement::row)
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    /** Province-wide roles follow campaigns; agencies see their assigned findings in the finding list. */
    public CampaignRow campaign(UUID id) {
        if (!access.currentViewer().scope().allAgencies()) {
            throw new ObjectNotFoundException("campaign", String.valueOf(id));
        }
        return jdbc.sql(ROW + " WHERE c.id = :id")
                .params(Map.of("id", id, "today", java.time.LocalDate.now(clock)))
                .query(CampaignManagement::row)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("campaign", String.valueOf(id)));
    }

    private static final String ROW = """
            SELECT c.id, c.name, c.source,
                   (SELECT count(*) FROM assessments.finding f WHERE f.campaign_id = c.id) AS findings,
                   (SELECT count(*) FROM assessments.finding f WHERE f.campaign_id = c.id AND f.status = %s) AS closed,
                   (SELECT count(*) FROM assessments.finding f WHERE f.campaign_id = c.id
                       AND f.status IN %s AND f.due_on < :today) AS overdue
              FROM assessments.campaign c""".formatted(
                    EnumSql.literal(FindingStatus.CLOSED),
                    EnumSql.in(FindingStatus::awaitingRemediation, FindingStatus.values()));

    private static CampaignRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CampaignRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("source"),
                rs.getLong("findings"),
                rs.getLong("closed"),
                rs.getLong("overdue"));
    }
}
