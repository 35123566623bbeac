package vn.khien.scoring.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.scoring.domain.AgencyScore;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignScoring;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.Participant;
import vn.khien.scoring.domain.SubmissionRepository;
import vn.khien.scoring.domain.SubmittedAnswer;

/**
 * A campaign's scores from today's data: the active agencies of the set's kinds, automatic criteria
 * counted as of the cut-off, the answers and verifications so far, and last year's published ranking.
 * Publishing freezes exactly this; before that, boards and scorecards show it as provisional.
 */
@Component
class LiveScores {

    private final AgencyDirectory agencies;
    private final AutomaticRatios ratios;
    private final SubmissionRepository submissions;
    private final PublishedRankings published;

    LiveScores(
            AgencyDirectory agencies,
            AutomaticRatios ratios,
            SubmissionRepository submissions,
            PublishedRankings published) {
        this.agencies = agencies;
        this.ratios = ratios;
        this.submissions = submissions;
        this.published = published;
    }

    List<AgencyScore> of(Campaign campaign, CriteriaSet set) {
        List<Participant> participants = participants(set);
        Map<String, Map<String, SubmittedAnswer>> answers = new HashMap<>();
        submissions.findByCampaign(campaign.id()).forEach(s -> answers.put(s.agencyCode(), s.forScoring()));
        return CampaignScoring.score(
                set,
                participants,
                ratios.count(set, participants.stream().map(Participant::code).toList(), campaign.cutOff()),
                answers,
                published.previousYear(campaign.year()));
    }

    List<Participant> participants(CriteriaSet set) {
        return agencies.listActive().stream()
                .filter(a -> set.agencyKinds().contains(a.kind()))
                .map(a -> new Participant(a.code(), a.name(), a.kind()))
                .toList();
    }
}
