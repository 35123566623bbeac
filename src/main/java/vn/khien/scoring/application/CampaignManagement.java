package vn.khien.scoring.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.Role;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;
import vn.khien.scoring.CampaignState;
import vn.khien.scoring.SelfAssessmentOpened;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.scoring.domain.Participant;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ShownDate;
import vn.khien.shared.Years;

/** The coordinator creates campaigns and moves them on; every step is audited by the campaign's events. */
@Service("scoringCampaignManagement") // assessments has a CampaignManagement bean too
public class CampaignManagement {

    static final String TYPE = "scoring-campaign";

    private final CampaignRepository campaigns;
    private final CriteriaSetCatalogue sets;
    private final ScoringAccess access;
    private final Clock clock;
    private final LiveScores live;
    private final UserContacts contacts;
    private final ApplicationEventPublisher events;

    CampaignManagement(
            CampaignRepository campaigns,
            CriteriaSetCatalogue sets,
            ScoringAccess access,
            Clock clock,
            LiveScores live,
            UserContacts contacts,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.sets = sets;
        this.access = access;
        this.clock = clock;
        this.live = live;
        this.contacts = contacts;
        this.events = events;
    }

    @Transactional
    public long create(NewCampaign data) {
        access.viewer().requireCoordinator();
        List<FieldProblem> problems = new ArrayList<>();
        if (data.year() == null) {
            problems.add(new FieldProblem("year", "scoring.campaign.year-required", List.of()));
        } else if (data.year() < Years.FIRST || data.year() > Years.LAST) {
            problems.add(new FieldProblem("year", "shared.error.year-range", List.of(Years.FIRST, Years.LAST)));
        }
        if (data.title() == null || data.title().isBlank() || data.title().length() > 300) {
            problems.add(new FieldProblem("title", "scoring.campaign.title-required", List.of()));
        }
        Optional<CriteriaSetCatalogue.StoredSet> set =
                data.setCode() == null ? Optional.empty() : sets.latest(data.setCode());
        if (set.isEmpty()) {
            problems.add(new FieldProblem("setCode", "scoring.campaign.set-unknown", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean taken =
                campaigns.existsByYearAndSetCodeAndStateNot(data.year(), data.setCode(), CampaignState.CANCELLED);
        if (taken) {
            throw new ConflictException("year", "scoring.campaign.duplicate");
        }
        LocalDate cutOff = data.cutOff() == null ? LocalDate.of(data.year(), 12, 31) : data.cutOff();
        Campaign saved =
                campaigns.save(Campaign.create(data.year(), set.get().set(), data.title(), cutOff, Instant.now(clock)));
        return campaigns.save(saved.announceCreated()).id();
    }

    @Transactional
    public void openSelfAssessment(long id, LocalDate closesOn) {
        Campaign campaign = managed(id);
        campaign.openSelfAssessment(closesOn, LocalDate.now(clock));
        campaigns.save(campaign);
        events.publishEvent(new SelfAssessmentOpened(
                id, campaign.year(), campaign.title(), ShownDate.of(campaign.closesOn()), agencyUsers(campaign)));
    }

    /** The officers and heads of every agency the campaign evaluates: they hear that it opened. */
    private List<String> agencyUsers(Campaign campaign) {
        var set = sets.find(campaign.setCode(), campaign.setVersion())
                .orElseThrow()
                .set();
        List<String> codes =
                live.participants(set).stream().map(Participant::code).toList();
        return java.util.stream.Stream.of(Role.AGENCY_OFFICER, Role.AGENCY_HEAD)
                .flatMap(role -> contacts.withRole(role, codes).stream())
                .map(UserContact::username)
                .distinct()
                .toList();
    }

    @Transactional
    public void closeSelfAssessment(long id) {
        Campaign campaign = managed(id);
        campaign.closeSelfAssessment(LocalDate.now(clock));
        campaigns.save(campaign);
    }

    @Transactional
    public void cancel(long id) {
        Campaign campaign = managed(id);
        campaign.cancel();
        campaigns.save(campaign);
    }

    /** Loads a campaign for the coordinator: 404 when unknown, 403 for anyone else. */
    Campaign managed(long id) {
        access.viewer().requireCoordinator();
        return campaigns.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
    }
}
