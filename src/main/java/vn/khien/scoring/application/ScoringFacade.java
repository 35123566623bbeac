package vn.khien.scoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.khien.scoring.ScoringCampaigns;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.Participant;
import vn.khien.shared.ObjectNotFoundException;

/** The module's facade: the same use cases the pages call, with the same checks and audit. */
@Service
class ScoringFacade implements ScoringCampaigns {

    private final CampaignManagement management;
    private final SubmissionManagement submissions;
    private final RankingPublication publication;
    private final CampaignRepository campaigns;
    private final CriteriaSetCatalogue sets;
    private final LiveScores live;

    ScoringFacade(
            CampaignManagement management,
            SubmissionManagement submissions,
            RankingPublication publication,
            CampaignRepository campaigns,
            CriteriaSetCatalogue sets,
            LiveScores live) {
        this.management = management;
        this.submissions = submissions;
        this.publication = publication;
        this.campaigns = campaigns;
        this.sets = sets;
        this.live = live;
    }

    @Override
    public long create(int year, String setCode, String title, LocalDate cutOff) {
        return management.create(new NewCampaign(year, setCode, title, cutOff));
    }

    @Override
    public void openSelfAssessment(long campaign, LocalDate closesOn) {
        management.openSelfAssessment(campaign, closesOn);
    }

    @Override
    public void submit(long campaign, String agencyCode, Map<String, String> answers) {
        submissions.submit(campaign, agencyCode, answers);
    }

    @Override
    public void closeSelfAssessment(long campaign) {
        management.closeSelfAssessment(campaign);
    }

    @Override
    public void publish(long campaign) {
        publication.publish(campaign);
    }

    @Override
    public List<String> participants(long campaign) {
        return live.participants(set(campaign)).stream()
                .map(Participant::code)
                .sorted()
                .toList();
    }

    @Override
    public List<Question> questions(long id) {
        return set(id).criteria()
                .filter(c -> !c.automatic())
                .map(c -> new Question(
                        c.code(), c.scale().type(), c.scale().levels().size()))
                .toList();
    }

    private CriteriaSet set(long id) {
        var campaign = campaigns
                .findById(id)
                .orElseThrow(() -> new ObjectNotFoundException(CampaignManagement.TYPE, String.valueOf(id)));
        return sets.find(campaign.setCode(), campaign.setVersion())
                .orElseThrow()
                .set();
    }
}
