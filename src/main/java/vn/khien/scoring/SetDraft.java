package vn.khien.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A criteria set as typed in the edit form or read from a spreadsheet: every value still text, so that
 * what cannot be read is answered with a message on its field ({@link SetDrafts#build}) instead of
 * thrown. Field paths ({@code groups[0].criteria[1].maxPoints}) name the same places in both.
 * {@code levels} holds one level a line, written {@code Vietnamese | English}.
 */
public record SetDraft(
        String code,
        String version,
        String titleVi,
        String titleEn,
        String yearFrom,
        String yearTo,
        List<String> kinds,
        List<GroupDraft> groups,
        List<GradeDraft> grades) {

    public SetDraft {
        kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
        groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
        grades = grades == null ? new ArrayList<>() : new ArrayList<>(grades);
    }

    public record GroupDraft(String code, String titleVi, String titleEn, List<CriterionDraft> criteria) {

        public GroupDraft {
            criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
        }

        public static GroupDraft empty() {
            return new GroupDraft(null, null, null, List.of(CriterionDraft.empty()));
        }
    }

    public record CriterionDraft(
            String code,
            String titleVi,
            String titleEn,
            String maxPoints,
            String method,
            String formula,
            String ifNothingToCount,
            String answerType,
            String levels,
            String target,
            String unitVi,
            String unitEn,
            String basis,
            String rules) {

        public static CriterionDraft empty() {
            return new CriterionDraft(
                    null,
                    null,
                    null,
                    null,
                    "SELF_ASSESSED",
                    null,
                    "FULL",
                    "YES_NO",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    public record GradeDraft(String code, String titleVi, String titleEn, String minPoints) {

        public static GradeDraft empty() {
            return new GradeDraft(null, null, null, null);
        }
    }

    /** The same draft with other groups and grades. */
    public SetDraft with(List<GroupDraft> newGroups, List<GradeDraft> newGrades) {
        return new SetDraft(code, version, titleVi, titleEn, yearFrom, yearTo, kinds, newGroups, newGrades);
    }

    /** The same draft with the code and version given (the edit page takes them from its address). */
    public SetDraft identified(String code, int version) {
        return new SetDraft(code, Integer.toString(version), titleVi, titleEn, yearFrom, yearTo, kinds, groups, grades);
    }
}
