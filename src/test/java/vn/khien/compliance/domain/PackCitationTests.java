package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule names its document, article and clause, the actor who owes it, and whether the
 * citation was checked against the text (issue 16 item 1; the consolidated legal code, chapter "An toàn
 * thông tin mạng", diepxuan/diepxuan.github.io van-ban/buu-chinh-vien-thong/an-toan-thong-tin-mang.md).
 */
class PackCitationTests {

    static final List<String> SHIPPED = List.of(
            "ct14-2019.yaml",
            "nd85-2016.yaml",
            "qd05-2017.yaml",
            "law116-2025.yaml",
            "tt03-2017.yaml",
            "tt20-2017.yaml",
            "tt31-2017.yaml");

    static PolicyPack pack(String file) throws IOException {
        String yaml = PackParserTests.shipped(file);
        return PackParser.parse(yaml, PackParser.versionOf(yaml));
    }

    static RuleDefinition rule(String file, String id) throws IOException {
        return pack(file).rule(id).orElseThrow();
    }

    @Test
    void everyShippedRuleSaysWhetherItsCitationWasVerifiedAndWhoOwesIt() throws IOException {
        for (String file : SHIPPED) {
            for (RuleDefinition r : pack(file).rules()) {
                assertThat(r.legal().verified()).as(r.id() + " verified").isNotNull();
                assertThat(r.legal().actor()).as(r.id() + " actor").isNotNull();
                assertThat(r.legal().actor().in(Locale.ENGLISH))
                        .as(r.id() + " actor en")
                        .isNotBlank();
            }
        }
    }

    @Test
    void theIncidentContactCitesCircular20Article6NotTheSeriousIncidentDefinition() throws IOException {
        var legal = rule("ct14-2019.yaml", "ct14.incident-contact").legal();
        assertThat(legal.document() + " " + legal.article())
                .contains("20/2017/TT-BTTTT")
                .contains("Điều 6 khoản 1 điểm b")
                .doesNotContain("Điều 9");
        assertThat(legal.verified()).isTrue();
        assertThat(rule("ct14-2019.yaml", "ct14.focal-point-confirmation")
                        .legal()
                        .article())
                .doesNotContain("Điều 9");
    }

    @Test
    void theFinalReportCitesCircular20Article9NotItsEntryIntoForce() throws IOException {
        var legal = rule("qd05-2017.yaml", "qd05.final-report").legal();
        assertThat(legal.article()).contains("Điều 9 khoản 2 điểm b").doesNotContain("Điều 14");
        assertThat(legal.verified()).isTrue();
    }

    @Test
    void theDecree85CadencesCiteArticle20Clause2PointC() throws IOException {
        assertThat(rule("nd85-2016.yaml", "nd85.assessment-cadence").legal().article())
                .isEqualTo("Điều 20 khoản 2 điểm c");
        assertThat(rule("nd85-2016.yaml", "nd85.organisation-review").legal().article())
                .isEqualTo("Điều 20 khoản 2 điểm c");
    }

    @Test
    void theFormFiveSummaryCitesCircular20Article6AndItsDaysAreBeforeTwentyJuneAndFifteenDecember() throws IOException {
        var summary = rule("tt20-2017.yaml", "tt20.incident-summary");
        assertThat(summary.legal().article()).contains("Điều 6 khoản 1 điểm c").contains("Điều 7 khoản 1 điểm a");
        assertThat(summary.legal().verified()).isTrue();
        assertThat(summary.params().entries("periods"))
                .extracting(e -> e.get("end") + " " + e.get("before"))
                .containsExactly("06-14 06-20", "12-14 12-15");
        assertThat(summary.params().texts("agencyKinds")).containsExactly("COORDINATOR", "TELECOM_OPERATOR");
        assertThat(pack("tt20-2017.yaml").scope().excludeOwnerKinds())
                .containsExactly("PROVINCIAL_POLICE", "MILITARY_COMMAND");
    }

    @Test
    void numbersTheTextsDoNotGiveAreRequiredProvincialSettingsLeftEmpty() throws IOException {
        var monitoring = rule("tt31-2017.yaml", "tt31.monitoring-report");
        assertThat(monitoring.legal().article()).contains("Điều 14 khoản 4");
        assertThat(monitoring.missingSetting()).map(ProvincialSetting::name).contains("dueDaysAfterEnd");
        assertThat(monitoring.params().values()).doesNotContainKey("dueDaysAfterEnd");
        var drill = rule("nd85-2016.yaml", "nd85.security-drill");
        assertThat(drill.legal().article()).isEqualTo("Điều 20 khoản 2 điểm d");
        assertThat(drill.missingSetting()).map(ProvincialSetting::name).contains("validMonths");
        assertThat(pack("tt31-2017.yaml").scope().excludeOwnerKinds())
                .containsExactly("PROVINCIAL_POLICE", "MILITARY_COMMAND");
    }

    @Test
    void aRequiredSettingMustBeOneOfTheRulesProvincialSettings() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PackParser.parse(ONE_RULE + "    requiredSettings: [months]\n", 1))
                .isInstanceOf(PackFormatException.class)
                .hasMessageContaining("months");
    }

    @Test
    void rulesFromTextsOutsideTheChapterAreNotVerified() throws IOException {
        assertThat(pack("law116-2025.yaml").rules())
                .allSatisfy(r -> assertThat(r.legal().verified()).isFalse());
    }

    /** A pack's lines before its rules. */
    static final String HEADER = """
            code: T
            version: 1
            title: {vi: t}
            document: d
            appliesFrom: 2020-01-01
            rules:
            """;

    /** A pack of one rule without a verified flag or an actor; more of the rule's keys may be appended. */
    static final String ONE_RULE = HEADER + """
              - id: t.r
                kind: presence
                subject: AGENCY
                title: {vi: t}
                legal: {document: d, article: a, paraphrase: {vi: p}}
            """;

    @Test
    void aRuleWithoutTheFlagIsReadAsNotVerified() {
        PolicyPack pack = PackParser.parse(ONE_RULE, 1);
        assertThat(pack.rules().get(0).legal().verified()).isFalse();
        assertThat(pack.rules().get(0).legal().actor()).isNull();
    }

    @Test
    void strengthDefaultsToMandatoryAndProvincialSettingsStayEmptyUntilSet() {
        PolicyPack pack = PackParser.parse(HEADER + """
                  - id: t.duty
                    kind: presence
                    subject: AGENCY
                    title: {vi: t}
                    legal: {document: d, article: a, paraphrase: {vi: p}}
                  - id: t.preference
                    kind: presence
                    subject: AGENCY
                    strength: RECOMMENDED
                    title: {vi: t}
                    legal: {document: d, article: a, paraphrase: {vi: p}}
                    provincialSettings: {months: , target: 40}
                """, 1);
        assertThat(pack.rules().get(0).strength()).isEqualTo(Strength.MANDATORY);
        RuleDefinition preference = pack.rules().get(1);
        assertThat(preference.recommended()).isTrue();
        assertThat(preference.provincialSettings())
                .extracting(ProvincialSetting::name, ProvincialSetting::set)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("months", false),
                        org.assertj.core.groups.Tuple.tuple("target", true));
        assertThat(preference.params().values()).containsEntry("target", 40).doesNotContainKey("months");
    }

    @Test
    void theShippedPreferenceIsRecommendedAndNoInventedNumberIsLeft() throws IOException {
        assertThat(rule("ct14-2019.yaml", "ct14.domestic-products").strength()).isEqualTo(Strength.RECOMMENDED);
        var workforce = rule("ct14-2019.yaml", "ct14.security-workforce");
        assertThat(workforce.params().values()).doesNotContainKey("thresholdPercent");
        assertThat(workforce.provincialSettings())
                .extracting(ProvincialSetting::name)
                .containsExactly("thresholdPercent");
        var confirmation = rule("ct14-2019.yaml", "ct14.focal-point-confirmation");
        assertThat(confirmation.params().values()).doesNotContainKey("months");
        assertThat(confirmation.provincialSettings()).noneMatch(ProvincialSetting::set);
    }

    @Test
    void aPacksScopeExcludesOwnerKindsFromEveryRuleThatDoesNotSayOtherwise() throws IOException {
        PolicyPack incidents = pack("qd05-2017.yaml");
        assertThat(incidents.scope().excludeOwnerKinds()).containsExactly("PROVINCIAL_POLICE", "MILITARY_COMMAND");
        assertThat(incidents.rules())
                .allSatisfy(r -> assertThat(r.params().texts("excludeOwnerKinds"))
                        .containsExactly("PROVINCIAL_POLICE", "MILITARY_COMMAND"));
        PolicyPack decree85 = pack("nd85-2016.yaml");
        assertThat(decree85.scope().excludeOwnerKinds()).isEmpty();
        assertThat(decree85.rule("nd85.level-approved").orElseThrow().params().texts("excludeOwnerKinds"))
                .isEmpty();
        assertThat(decree85.rule("nd85.assessment-cadence")
                        .orElseThrow()
                        .params()
                        .texts("excludeOwnerKinds"))
                .contains("PROVINCIAL_POLICE", "MILITARY_COMMAND");
        assertThat(pack("ct14-2019.yaml").scope().excludeOwnerKinds()).isEmpty();
    }
}
