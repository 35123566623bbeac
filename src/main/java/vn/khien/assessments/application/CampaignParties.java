package vn.khien.assessments.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.assessments.CampaignChanged;
import vn.khien.assessments.CampaignPartyKind;
import vn.khien.assessments.CampaignPartyRegister;
import vn.khien.assessments.NewCampaignParty;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The parties of a remediation campaign (the provincial police, the ministry…): named on the campaign so
 * that everyone following it knows whom the coordinator works with. Only the coordinator changes them;
 * every change is audited through {@link CampaignChanged}.
 */
@Service
public class CampaignParties implements CampaignPartyRegister {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final CampaignManagement campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignParties(
            JdbcClient jdbc,
            AccessPolicy access,
            CampaignManagement campaigns,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    public record Party(UUID id, CampaignPartyKind kind, String name, String contact, String responsibility) {}

    @Override
    @Transactional
    public UUID addParty(UUID campaignId, NewCampaignParty party) {
        access.currentViewer().requireCoordinator();
        campaigns.campaign(campaignId);
        if (party.kind() == null) {
            throw new InvalidInputException("kind", "assessments.error.required");
        }
        UUID id = UUID.randomUUID();
        String name = Texts.required("name", party.name(), 300);
        jdbc.sql("""
                        INSERT INTO assessments.campaign_party (id, campaign_id, kind, name, contact, responsibility,
                                    added_by, added_at)
                        VALUES (:id, :campaign, :kind, :name, :contact, :responsibility, :by, :at)""")
                .param("id", id)
                .param("campaign", campaignId)
                .param("kind", party.kind().name())
                .param("name", name)
                .param("contact", Texts.optional("contact", party.contact(), 300))
                .param("responsibility", Texts.optional("responsibility", party.responsibility(), 1000))
                .param("by", access.currentViewer().actor())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new CampaignChanged(campaignId, "party-added", name));
        return id;
    }

    @Transactional
    public void remove(UUID campaignId, UUID partyId) {
        access.currentViewer().requireCoordinator();
        String name = of(campaignId).stream()
                .filter(p -> p.id().equals(partyId))
                .map(Party::name)
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("campaign party", String.valueOf(partyId)));
        jdbc.sql("DELETE FROM assessments.campaign_party WHERE id = :id")
                .param("id", partyId)
                .update();
        events.publishEvent(new CampaignChanged(campaignId, "party-removed", name));
    }

    /** Whether the current user may add and remove parties (the page hides the form otherwise). */
    public boolean manageable() {
        return access.currentViewer().coordinator();
    }

    /** The campaign's parties in the order they were added; the campaign's own scope check applies. */
    public List<Party> of(UUID campaignId) {
        campaigns.campaign(campaignId);
        return jdbc.sql("""
                        SELECT id, kind, name, contact, responsibility FROM assessments.campaign_party
                         WHERE campaign_id = :campaign ORDER BY added_at, id""")
                .param("campaign", campaignId)
                .query((rs, n) -> new Party(
                        rs.getObject("id", UUID.class),
                        CampaignPartyKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("contact"),
                        rs.getString("responsibility")))
                .list();
    }
}
