package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.Role;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;
import vn.khien.scoring.EvidenceRequested;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.Submission;
import vn.khien.scoring.domain.SubmissionRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Agencies submit their self-assessment during the window (officers for their own agencies, the
 * coordinator for any, e.g. from a paper form); the coordinator verifies during verification and may
 * set a criterion's points with a reason. Both are audited by the submission's events.
 */
@Service
public class SubmissionManagement {

    private final CampaignRepository campaigns;
    private final SubmissionRepository submissions;
    private final CriteriaSetCatalogue sets;
    private final AgencyDirectory agencies;
    private final ScoringAccess access;
    private final Clock clock;
    private final UserContacts contacts;
    private final ApplicationEventPublisher events;

    SubmissionManagement(
            CampaignRepository campaigns,
            SubmissionRepository submissions,
            CriteriaSetCatalogue sets,
            AgencyDirectory agencies,
            ScoringAccess access,
            Clock clock,
            UserContacts contacts,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.events = events;
        this.campaigns = campaigns;
        this.submissions = submissions;
        this.sets = sets;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void submit(long campaignId, String agencyCode, Map<String, String> answers) {
        var viewer = access.submitter(agencyCode);
        Campaign campaign = campaign(campaignId);
        CriteriaSet set = participating(campaign, agencyCode);
        boolean window = campaign.acceptsAnswers(LocalDate.now(clock));
        if (!window && !campaign.inVerification()) {
            throw new ConflictException(null, "scoring.submission.window-closed");
        }
        if (answers == null || answers.isEmpty()) {
            throw new InvalidInputException("answers", "scoring.submission.answers-required");
        }
        Submission submission = submissions
                .findByCampaignAndAgencyCode(campaignId, agencyCode)
                .orElseGet(() -> Submission.first(campaignId, agencyCode));
        if (window) {
            submission.submit(set, answers, Actor.current(), Instant.now(clock));
        } else {
            // after the window only an agency asked for more evidence resubmits, the requested criteria
            submission.resubmit(set, answers, Actor.current(), Instant.now(clock));
        }
        submissions.save(submission);
    }

    /** During verification the coordinator asks an agency that submitted for more evidence on a criterion. */
    @Transactional
    public void requestEvidence(long campaignId, String agencyCode, String criterionCode, String note) {
        Submission submission = underVerification(campaignId, agencyCode);
        submission.requestEvidence(set(campaignId), criterionCode, note, Actor.current(), Instant.now(clock));
        submissions.save(submission);
        List<String> officers = contacts.withRole(Role.AGENCY_OFFICER, List.of(agencyCode)).stream()
                .map(UserContact::username)
                .toList();
        events.publishEvent(new EvidenceRequested(
                campaignId, campaign(campaignId).year(), agencyCode, criterionCode, note.strip(), officers));
    }

    @Transactional
    public void verify(long campaignId, String agencyCode, String criterionCode, BigDecimal points, String reason) {
        Submission submission = underVerification(campaignId, agencyCode);
        submission.verify(set(campaignId), criterionCode, points, reason, Actor.current());
        submissions.save(submission);
    }

    /** The coordinator's access, the campaign in verification and the agency's submission. */
    private Submission underVerification(long campaignId, String agencyCode) {
        access.viewer().requireCoordinator();
        Campaign campaign = campaign(campaignId);
        participating(campaign, agencyCode);
        if (!campaign.inVerification()) {
            throw new ConflictException(null, "scoring.campaign.wrong-state");
        }
        return submissions
                .findByCampaignAndAgencyCode(campaignId, agencyCode)
                .orElseThrow(() -> new ConflictException(null, "scoring.verification.not-submitted"));
    }

    private CriteriaSet set(long campaignId) {
        Campaign campaign = campaign(campaignId);
        return sets.find(campaign.setCode(), campaign.setVersion())
                .orElseThrow()
                .set();
    }

    Campaign campaign(long id) {
        return campaigns
                .findById(id)
                .orElseThrow(() -> new ObjectNotFoundException(CampaignManagement.TYPE, String.valueOf(id)));
    }

    /** The campaign's set; 404 for an agency the campaign does not evaluate. */
    CriteriaSet participating(Campaign campaign, String agencyCode) {
        CriteriaSet set = sets.find(campaign.setCode(), campaign.setVersion())
                .orElseThrow()
                .set();
        boolean evaluated = agencies.find(agencyCode)
                .filter(a -> set.agencyKinds().contains(a.kind()))
                .isPresent();
        if (!evaluated) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        return set;
    }
}
