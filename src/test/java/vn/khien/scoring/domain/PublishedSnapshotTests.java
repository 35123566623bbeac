package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot's text and hash depend on its content only. */
class PublishedSnapshotTests {

    private static final PublishedSnapshot.Header HEADER = new PublishedSnapshot.Header(
            7, 2025, "Năm 2025 \"thử\"", LocalDate.of(2025, 12, 31), "TEST", 1, "code: TEST\n", "abc", 1, null);

    private static List<AgencyScore> scores() {
        return CampaignScoring.score(
                Fixtures.aSet(true),
                List.of(Fixtures.department("A"), Fixtures.department("B"), Fixtures.commune("C")),
                Map.of("1.1", Map.of("A", new Ratio(1, 2))),
                Map.of("B", Map.of("1.2", new SubmittedAnswer("YES", null, null))),
                Map.of());
    }

    @Test
    void theSameContentInAnotherOrderHasTheSameHash() {
        List<AgencyScore> reversed = new ArrayList<>(scores());
        Collections.reverse(reversed);
        PublishedSnapshot one = PublishedSnapshot.of(HEADER, scores());
        PublishedSnapshot two = PublishedSnapshot.of(HEADER, reversed);
        assertThat(two.json()).isEqualTo(one.json());
        assertThat(two.sha256()).isEqualTo(one.sha256()).hasSize(64);
        assertThat(PublishedSnapshot.sha256(one.json())).isEqualTo(one.sha256());
    }

    @Test
    void aChangedPointOrReasonChangesTheHash() {
        List<AgencyScore> changed = new ArrayList<>(scores());
        AgencyScore a = changed.get(0);
        List<CriterionScore> criteria = new ArrayList<>(a.criteria());
        criteria.set(1, criteria.get(1).overriddenWith(java.math.BigDecimal.ONE, "checked"));
        changed.set(
                0,
                new AgencyScore(
                        a.agency(),
                        a.submitted(),
                        criteria,
                        a.score(),
                        a.grade(),
                        a.rankOverall(),
                        a.rankInKind(),
                        a.scoreChange(),
                        a.rankChange()));
        assertThat(PublishedSnapshot.of(HEADER, changed).sha256())
                .isNotEqualTo(PublishedSnapshot.of(HEADER, scores()).sha256());
        var corrected = new PublishedSnapshot.Header(
                7, 2025, HEADER.title(), HEADER.cutOff(), "TEST", 1, HEADER.setContent(), "abc", 2, "typo");
        assertThat(PublishedSnapshot.of(corrected, scores()).sha256())
                .isNotEqualTo(PublishedSnapshot.of(HEADER, scores()).sha256());
    }

    @Test
    void theCanonicalTextSortsKeysAndEscapesStrings() {
        String json = PublishedSnapshot.of(HEADER, scores()).json();
        assertThat(json).startsWith("{\"agencies\":[{\"code\":\"A\"");
        assertThat(json).contains("\"title\":\"Năm 2025 \\\"thử\\\"\"").contains("\"content\":\"code: TEST\\n\"");
        assertThat(json).contains("\"correctionReason\":null").doesNotContain(" : ");
        assertThat(CanonicalJson.write(Map.of("b", 1, "a", new java.math.BigDecimal("2.50"), "c", "\u0001")))
                .isEqualTo("{\"a\":2.50,\"b\":1,\"c\":\"\\u0001\"}");
    }
}
