package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.SetDraft.CriterionDraft;
import vn.khien.scoring.SetDraft.GradeDraft;
import vn.khien.scoring.SetDraft.GroupDraft;

class SetDraftsTests {

    static CriteriaSet shipped() throws IOException {
        return CriteriaSetParser.parse(
                Files.readString(Path.of("src/main/resources/scoring/criteria-sets/hue-attt-2025.yaml")));
    }

    @Test
    void theShippedSetSurvivesTheFormAndTheWrittenYamlUnchanged() throws IOException {
        CriteriaSet set = shipped();
        assertThat(SetDrafts.build(SetDrafts.of(set, true))).isEqualTo(set);
        assertThat(SetDrafts.build(SetDrafts.of(set, false))).isEqualTo(set);
        assertThat(CriteriaSetParser.parse(CriteriaSetWriter.yaml(set))).isEqualTo(set);
    }

    @Test
    void writtenTextsKeepQuotesBackslashesAndLineBreaksAsTyped() {
        CriteriaSet set = new CriteriaSet(
                "1.10",
                2,
                new LocalizedText("Bộ \"tiêu chí\" \\ #x: y", "Set\twith\nbreaks"),
                2026,
                2027,
                java.util.Set.of(vn.khien.agencies.AgencyKind.COMMUNE_COMMITTEE),
                List.of(new CriterionGroup(
                        "1",
                        new LocalizedText("- a", "[b]"),
                        List.of(new Criterion(
                                "1.10",
                                new LocalizedText("{x}", "&y"),
                                new java.math.BigDecimal("2.5"),
                                vn.khien.scoring.ScoringMethod.SELF_ASSESSED,
                                null,
                                List.of(),
                                false,
                                AnswerScale.yesNo(),
                                "'quoted' basis")))),
                List.of(new GradeBand("A", new LocalizedText("Đạt", "Pass"), java.math.BigDecimal.ZERO)));
        assertThat(CriteriaSetParser.parse(CriteriaSetWriter.yaml(set))).isEqualTo(set);
    }

    @Test
    void aDraftWithRepeatedCodesUnorderedGradesAndAnUnreachableTopGradeIsRefusedOnEachField() throws IOException {
        SetDraft draft = SetDrafts.of(shipped(), true);
        List<GroupDraft> groups = new ArrayList<>(draft.groups());
        GroupDraft first = groups.get(0);
        List<CriterionDraft> criteria = new ArrayList<>(first.criteria());
        CriterionDraft c = criteria.get(1);
        criteria.set(1, changed(c, "1.1", "", "abc"));
        groups.set(0, new GroupDraft(first.code(), first.titleVi(), first.titleEn(), criteria));
        List<GradeDraft> grades = List.of(
                new GradeDraft("TOT", "Tốt", "Good", "150"),
                new GradeDraft("KHA", "Khá", "Fair", "160"),
                new GradeDraft("YEU", "Yếu", "Weak", "10"));
        SetDraft bad = new SetDraft(
                draft.code(),
                draft.version(),
                draft.titleVi(),
                draft.titleEn(),
                "2030",
                "2029",
                List.of(),
                groups,
                grades);

        var refusal = catchThrowableOfType(InvalidDraftException.class, () -> SetDrafts.build(bad));

        assertThat(refusal.problems())
                .extracting(DraftProblem::path, DraftProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("yearTo", "scoring.edit.years-order"),
                        org.assertj.core.groups.Tuple.tuple("kinds", "scoring.edit.kinds-required"),
                        org.assertj.core.groups.Tuple.tuple("groups[0].criteria[1].titleEn", "scoring.edit.required"),
                        org.assertj.core.groups.Tuple.tuple("groups[0].criteria[1].maxPoints", "scoring.edit.number"),
                        org.assertj.core.groups.Tuple.tuple("grades[1].minPoints", "scoring.edit.grades-order"),
                        org.assertj.core.groups.Tuple.tuple("grades[2].minPoints", "scoring.edit.lowest-grade-zero"));
    }

    @Test
    void repeatedCriterionCodesAndAGradeAboveTheTotalAreNamed() throws IOException {
        SetDraft draft = SetDrafts.of(shipped(), false);
        List<GroupDraft> groups = new ArrayList<>(draft.groups());
        GroupDraft second = groups.get(1);
        List<CriterionDraft> criteria = new ArrayList<>(second.criteria());
        CriterionDraft c = criteria.get(0);
        criteria.set(0, changed(c, "1.1", c.titleEn(), c.maxPoints()));
        groups.set(1, new GroupDraft(second.code(), second.titleVi(), second.titleEn(), criteria));
        SetDraft bad = new SetDraft(
                draft.code(),
                draft.version(),
                draft.titleVi(),
                draft.titleEn(),
                draft.yearFrom(),
                draft.yearTo(),
                draft.kinds(),
                groups,
                List.of(new GradeDraft("A", "A", "A", "100,5"), new GradeDraft("B", "B", "B", "0")));

        var refusal = catchThrowableOfType(InvalidDraftException.class, () -> SetDrafts.build(bad));

        assertThat(refusal.problems())
                .extracting(DraftProblem::path, DraftProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("groups[1].criteria[0].code", "scoring.edit.code-twice"),
                        org.assertj.core.groups.Tuple.tuple("grades[0].minPoints", "scoring.edit.grade-above-total"));
    }

    private static final String[] TYPED = {
        null,
        "",
        " ",
        "1",
        "0",
        "-1",
        "2,5",
        "2.555",
        "1e3",
        "99999999999",
        "abc",
        "AUTOMATIC",
        "SELF_ASSESSED",
        "LEVEL",
        "NUMBER",
        "YES_NO",
        "FULL",
        "ZERO",
        "FOCAL_POINTS_CURRENT",
        "a | b\nc | d",
        "|",
        "\u0000",
        "x".repeat(600)
    };

    @Test
    void whateverIsTypedTheDraftGivesASetOrItsProblemsAndNothingElse() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            java.util.Random r = new java.util.Random(seed);
            java.util.function.Supplier<String> any = () -> TYPED[r.nextInt(TYPED.length)];
            List<GroupDraft> groups = new ArrayList<>();
            for (int g = 0; g < r.nextInt(3); g++) {
                List<CriterionDraft> criteria = new ArrayList<>();
                for (int c = 0; c < r.nextInt(3); c++) {
                    criteria.add(new CriterionDraft(
                            any.get(), any.get(), any.get(), any.get(), any.get(), any.get(), any.get(), any.get(),
                            any.get(), any.get(), any.get(), any.get(), any.get(), any.get()));
                }
                groups.add(new GroupDraft(any.get(), any.get(), any.get(), criteria));
            }
            List<GradeDraft> grades = new ArrayList<>();
            for (int b = 0; b < r.nextInt(3); b++) {
                grades.add(new GradeDraft(any.get(), any.get(), any.get(), any.get()));
            }
            SetDraft draft = new SetDraft(
                    any.get(),
                    any.get(),
                    any.get(),
                    any.get(),
                    any.get(),
                    any.get(),
                    java.util.Arrays.asList(any.get(), "PROVINCIAL_DEPARTMENT"),
                    groups,
                    grades);
            try {
                SetDrafts.build(draft);
            } catch (InvalidDraftException e) {
                assertThat(e.problems())
                        .isNotEmpty()
                        .allSatisfy(p -> assertThat(p.messageKey()).startsWith("scoring.edit."));
            }
        });
    }

    private static CriterionDraft changed(CriterionDraft c, String code, String titleEn, String maxPoints) {
        return new CriterionDraft(
                code,
                c.titleVi(),
                titleEn,
                maxPoints,
                c.method(),
                c.formula(),
                c.ifNothingToCount(),
                c.answerType(),
                c.levels(),
                c.target(),
                c.unitVi(),
                c.unitEn(),
                c.basis(),
                c.rules());
    }
}
