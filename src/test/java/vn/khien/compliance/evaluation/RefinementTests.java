package vn.khien.compliance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.compliance.domain.PackParser;
import vn.khien.compliance.domain.PolicyPack;

/**
 * One duty, one obligation (issue 16 item 9): a rule that refines another (the directive's level 3–4 and
 * level 5 assessment calendars refine Decree 85's cadence) replaces it wherever the refining pack applies.
 */
class RefinementTests {

    static PolicyPack shipped(String name) throws IOException {
        try (var in = RefinementTests.class.getResourceAsStream("/compliance/packs/" + name)) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PackParser.parse(yaml, PackParser.versionOf(yaml));
        }
    }

    static List<ActiveRule> active(PolicyPack... packs) {
        List<ActiveRule> rules = new ArrayList<>();
        for (PolicyPack pack : packs) {
            pack.rules().forEach(r -> rules.add(new ActiveRule(pack, r)));
        }
        return rules;
    }

    @Test
    void theDirectivesAssessmentCalendarsReplaceDecree85sCadenceWhereBothApply() throws IOException {
        var both = ActiveRule.withoutRefined(active(shipped("ct14-2019.yaml"), shipped("nd85-2016.yaml")));
        assertThat(both)
                .extracting(r -> r.rule().id())
                .contains("ct14.assessment-level-3-4", "ct14.assessment-level-5", "nd85.organisation-review")
                .doesNotContain("nd85.assessment-cadence");
    }

    @Test
    void withoutTheRefiningPackTheDecreesCadenceStands() throws IOException {
        var decreeOnly = ActiveRule.withoutRefined(active(shipped("nd85-2016.yaml")));
        assertThat(decreeOnly).extracting(r -> r.rule().id()).contains("nd85.assessment-cadence");
    }
}
