package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khien.agencies.AgencyKind;

/**
 * Turns a campaign's inputs into results, without touching the database: automatic criteria from the
 * counted ratios, self-assessed ones from the answers (zero for an agency that submitted nothing, and
 * for an unanswered criterion), the coordinator's points where set; then totals, grades and ranks.
 */
public final class CampaignScoring {

    private CampaignScoring() {}

    /** Points per criterion for one agency, before totals and ranks. */
    public record AgencyCriteria(Participant agency, boolean submitted, List<CriterionScore> criteria) {}

    /**
     * @param ratios per automatic criterion's code, per agency code; an agency missing from a criterion's map
     *     has nothing to count
     * @param answers per agency code that submitted, per criterion code
     */
    public static List<AgencyScore> score(
            CriteriaSet set,
            List<Participant> participants,
            Map<String, Map<String, Ratio>> ratios,
            Map<String, Map<String, SubmittedAnswer>> answers,
            Map<String, PreviousScore> previous) {
        List<AgencyCriteria> agencies = new ArrayList<>();
        for (Participant agency : participants) {
            Map<String, SubmittedAnswer> given = answers.get(agency.code());
            List<CriterionScore> criteria = set.criteria()
                    .map(c -> c.automatic() ? automatic(c, ratios, agency) : selfAssessed(c, given))
                    .toList();
            agencies.add(new AgencyCriteria(agency, given != null, criteria));
        }
        return rank(set, agencies, previous);
    }

    private static CriterionScore automatic(Criterion c, Map<String, Map<String, Ratio>> ratios, Participant agency) {
        Ratio ratio = ratios.getOrDefault(c.code(), Map.of()).getOrDefault(agency.code(), Ratio.NOTHING);
        return new CriterionScore(c.code(), c.pointsFor(ratio.share()), ratio.toString(), false, null);
    }

    private static CriterionScore selfAssessed(Criterion c, Map<String, SubmittedAnswer> given) {
        SubmittedAnswer answer = given == null ? null : given.get(c.code());
        if (answer == null) {
            return new CriterionScore(c.code(), Points.ZERO, null, false, null);
        }
        if (answer.verifiedPoints() != null) {
            return new CriterionScore(
                    c.code(), answer.verifiedPoints(), answer.value(), true, answer.verificationReason());
        }
        return new CriterionScore(
                c.code(), c.scale().points(c.maxPoints(), answer.value()), answer.value(), false, null);
    }

    /** Totals, grades, ranks (overall and within each kind) and the change since the previous year. */
    public static List<AgencyScore> rank(
            CriteriaSet set, List<AgencyCriteria> agencies, Map<String, PreviousScore> previous) {
        List<BigDecimal> totals = agencies.stream()
                .map(a -> Points.of(
                        a.criteria().stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        List<Integer> overall = Ranking.ranks(totals);
        Map<AgencyKind, List<Integer>> byKind = new HashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            byKind.computeIfAbsent(agencies.get(i).agency().kind(), k -> new ArrayList<>())
                    .add(i);
        }
        int[] inKind = new int[agencies.size()];
        byKind.values().forEach(indexes -> {
            List<Integer> ranks =
                    Ranking.ranks(indexes.stream().map(totals::get).toList());
            for (int j = 0; j < indexes.size(); j++) {
                inKind[indexes.get(j)] = ranks.get(j);
            }
        });
        List<AgencyScore> scores = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyCriteria a = agencies.get(i);
            PreviousScore before = previous.get(a.agency().code());
            scores.add(new AgencyScore(
                    a.agency(),
                    a.submitted(),
                    a.criteria(),
                    totals.get(i),
                    set.gradeFor(totals.get(i)),
                    overall.get(i),
                    inKind[i],
                    before == null ? null : totals.get(i).subtract(before.score()),
                    before == null ? null : before.rankOverall() - overall.get(i)));
        }
        return scores;
    }
}
