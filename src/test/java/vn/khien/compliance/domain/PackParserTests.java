package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.khien.compliance.SubjectType;

class PackParserTests {

    static String shipped(String name) throws IOException {
        try (var in = PackParserTests.class.getResourceAsStream("/compliance/packs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheShippedDirectivePackWithEveryRuleIdOfSection8() throws IOException {
        PolicyPack pack = PackParser.parse(shipped("ct14-2019.yaml"), 1);
        assertThat(pack.code()).isEqualTo("CT14-2019");
        assertThat(pack.rules())
                .extracting(RuleDefinition::id)
                .contains(
                        "ct14.focal-unit",
                        "ct14.incident-contact",
                        "ct14.monitoring-arrangement",
                        "ct14.assessor-independence",
                        "ct14.agency-annual-report",
                        "ct14.assessment-level-3-4",
                        "ct14.assessment-level-5",
                        "ct14.domestic-products",
                        "ct14.security-budget-share",
                        "ct14.signing-credentials",
                        "ct14.security-workforce",
                        "ct14.telecom-security-unit",
                        "ct14.telecom-child-protection",
                        "ct14.coordination-regulation");
        assertThat(pack.rule("ct14.assessment-level-5")).hasValueSatisfying(r -> {
            assertThat(r.subject()).isEqualTo(SubjectType.SYSTEM);
            assertThat(r.legal().document()).contains("14/CT-TTg");
            assertThat(r.title().in(java.util.Locale.ENGLISH)).contains("six months");
        });
    }

    @Test
    void readsTheDecree85PackWithItsCadences() throws IOException {
        PolicyPack pack = PackParser.parse(shipped("nd85-2016.yaml"), 1);
        assertThat(pack.rules())
                .extracting(RuleDefinition::id)
                .containsExactly(
                        "nd85.level-approved",
                        "nd85.assessment-cadence",
                        "nd85.organisation-review",
                        "nd85.security-drill");
        assertThat(pack.rule("nd85.assessment-cadence").orElseThrow().params().integerMap("monthsByLevel"))
                .containsEntry(5, 6)
                .containsEntry(3, 12);
    }

    @Test
    void refusesAPackWithAMeaningfulMessage() {
        assertThatThrownBy(() -> PackParser.parse("code: X\nrules: []", 1))
                .isInstanceOf(PackFormatException.class)
                .hasMessageContaining("'rules' must be a non-empty list");
        assertThatThrownBy(() -> PackParser.parse("code: [unclosed", 1))
                .isInstanceOf(PackFormatException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> PackParser.parse("""
                        code: X
                        title: {vi: T}
                        document: D
                        appliesFrom: 2020-01-01
                        rules:
                          - {id: a, kind: presence, subject: NOBODY, title: {vi: t}}
                        """, 1))
                .hasMessageContaining("rule a: subject must be AGENCY or SYSTEM");
    }

    @Test
    void refusesObjectsThatSafeLoadingDoesNotAllow() {
        assertThatThrownBy(() -> PackParser.parse("!!java.io.File [\"/etc/passwd\"]", 1))
                .isInstanceOf(PackFormatException.class);
    }
}
