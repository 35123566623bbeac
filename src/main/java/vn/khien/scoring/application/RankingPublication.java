package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.scoring.domain.AgencyScore;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.scoring.domain.CampaignScoring;
import vn.khien.scoring.domain.CampaignScoring.AgencyCriteria;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriterionScore;
import vn.khien.scoring.domain.Participant;
import vn.khien.scoring.domain.PublishedSnapshot;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * Publishing freezes the campaign's scores, their inputs and the set as version 1; a correction is a
 * further version made from the last published one (never from today's data) with the coordinator's
 * point changes and a reason. Each version is hashed and audited.
 */
@Service
public class RankingPublication {

    private static final Logger log = LoggerFactory.getLogger(RankingPublication.class);

    private final CampaignManagement management;
    private final CampaignRepository campaigns;
    private final CriteriaSetCatalogue sets;
    private final LiveScores live;
    private final PublishedRankings published;
    private final Clock clock;

    RankingPublication(
            CampaignManagement management,
            CampaignRepository campaigns,
            CriteriaSetCatalogue sets,
            LiveScores live,
            PublishedRankings published,
            Clock clock) {
        this.management = management;
        this.campaigns = campaigns;
        this.sets = sets;
        this.live = live;
        this.published = published;
        this.clock = clock;
    }

    @Transactional
    public void publish(long id) {
        Campaign campaign = management.managed(id);
        if (campaign.inVerification() && published.latest(campaign.year()).isPresent()) {
            throw new ConflictException(null, "scoring.campaign.year-published", String.valueOf(campaign.year()));
        }
        CriteriaSetCatalogue.StoredSet stored = storedSet(campaign);
        int version = campaign.publish(LocalDate.now(clock));
        long started = System.nanoTime();
        List<AgencyScore> scores = live.of(campaign, stored.set());
        long scored = System.nanoTime();
        write(campaign, stored, version, null, scores);
        // the speed bar of issue 18 (bench/scoring) is read from this line
        log.info(
                "Scoring: campaign {} ({}) published: {} agencies scored in {} ms, frozen and written in {} ms",
                id,
                campaign.year(),
                scores.size(),
                (scored - started) / 1_000_000,
                (System.nanoTime() - scored) / 1_000_000);
    }

    @Transactional
    public void correct(long id, String reason, List<PointChange> changes) {
        Campaign campaign = management.managed(id);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "scoring.correction.reason-required");
        }
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException("changes", "scoring.correction.changes-required");
        }
        int last = campaign.publishedVersion();
        int version = campaign.correct();
        CriteriaSetCatalogue.StoredSet stored = storedSet(campaign);
        CriteriaSet set = stored.set();
        Map<String, List<CriterionScore>> criteria = published.criteria(id, last);
        Map<String, Map<String, PointChange>> byAgency = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            PointChange change = changes.get(i);
            var criterion = set.criterion(String.valueOf(change.criterionCode()));
            if (!criteria.containsKey(change.agencyCode())) {
                throw new InvalidInputException("changes[" + i + "].agencyCode", "scoring.correction.agency-unknown");
            }
            if (criterion.isEmpty()) {
                throw new InvalidInputException("changes[" + i + "].criterionCode", "scoring.answer.unknown-criterion");
            }
            BigDecimal max = criterion.get().maxPoints();
            if (change.points() == null
                    || change.points().signum() < 0
                    || change.points().compareTo(max) > 0) {
                throw new InvalidInputException("changes[" + i + "].points", "scoring.verification.points-range", max);
            }
            byAgency.computeIfAbsent(change.agencyCode(), k -> new HashMap<>()).put(change.criterionCode(), change);
        }
        String why = reason.strip();
        List<AgencyCriteria> agencies = new ArrayList<>();
        for (PublishedRankings.Row row : published.rows(id, last)) {
            Map<String, PointChange> mine = byAgency.getOrDefault(row.agencyCode(), Map.of());
            List<CriterionScore> corrected = criteria.get(row.agencyCode()).stream()
                    .map(c -> mine.containsKey(c.criterionCode())
                            ? c.overriddenWith(mine.get(c.criterionCode()).points(), why)
                            : c)
                    .toList();
            agencies.add(new AgencyCriteria(
                    new Participant(row.agencyCode(), row.agencyName(), row.kind()), row.submitted(), corrected));
        }
        write(
                campaign,
                stored,
                version,
                why,
                CampaignScoring.rank(set, agencies, published.previousYear(campaign.year())));
    }

    private void write(
            Campaign campaign,
            CriteriaSetCatalogue.StoredSet stored,
            int version,
            String reason,
            List<AgencyScore> scores) {
        var header = new PublishedSnapshot.Header(
                campaign.id(),
                campaign.year(),
                campaign.title(),
                campaign.cutOff(),
                campaign.setCode(),
                campaign.setVersion(),
                stored.content(),
                stored.sha256(),
                version,
                reason);
        PublishedSnapshot snapshot = PublishedSnapshot.of(header, scores);
        published.write(header, snapshot, stored.set().maxPoints(), scores, Actor.current(), Instant.now(clock));
        campaign.announcePublished(snapshot.sha256(), reason);
        campaigns.save(campaign);
    }

    private CriteriaSetCatalogue.StoredSet storedSet(Campaign campaign) {
        return sets.find(campaign.setCode(), campaign.setVersion()).orElseThrow();
    }
}
