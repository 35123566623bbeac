package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.SetDraft.CriterionDraft;
import vn.khien.scoring.SetDraft.GradeDraft;
import vn.khien.scoring.SetDraft.GroupDraft;

/**
 * Turns a draft into a set, checking everything the parser checks and what a person editing needs told
 * in words: codes unique, grade thresholds ordered from the highest down to 0, the highest reachable
 * with the criteria's total. Every problem is collected (none thrown on the first), each on its field.
 */
public final class SetDrafts {

    /** Enough for any set a province writes; keeps totals within the published columns (numeric(7,2)). */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("1000");

    private final List<DraftProblem> problems = new ArrayList<>();

    private SetDrafts() {}

    /** The set the draft describes, or {@link InvalidDraftException} with every problem. */
    public static CriteriaSet build(SetDraft draft) {
        SetDrafts check = new SetDrafts();
        CriteriaSet set = check.set(draft);
        if (!check.problems.isEmpty()) {
            throw new InvalidDraftException(check.problems);
        }
        return set;
    }

    private CriteriaSet set(SetDraft d) {
        DraftText text = new DraftText(problems);
        String code = text.code("code", d.code());
        Integer version = text.whole("version", d.version(), 1, 9999);
        LocalizedText title = text.localized("title", d.titleVi(), d.titleEn(), 300);
        Integer from = text.whole("yearFrom", d.yearFrom(), 2000, 2100);
        Integer to = text.whole("yearTo", d.yearTo(), 2000, 2100);
        if (from != null && to != null && to < from) {
            problems.add(DraftProblem.of("yearTo", "scoring.edit.years-order"));
        }
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        for (String kind : d.kinds()) {
            AgencyKind k = text.constant("kinds", AgencyKind.class, kind);
            if (k != null) {
                kinds.add(k);
            }
        }
        if (kinds.isEmpty()) {
            problems.add(DraftProblem.of("kinds", "scoring.edit.kinds-required"));
        }
        List<CriterionGroup> groups = groups(d.groups(), text);
        List<GradeBand> grades = grades(d.grades(), text);
        BigDecimal total = groups.stream().map(CriterionGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(MAX_TOTAL) > 0) {
            problems.add(DraftProblem.of("groups", "scoring.edit.total-too-high", total, MAX_TOTAL));
        }
        if (!grades.isEmpty() && grades.get(0).minPoints().compareTo(total) > 0 && total.signum() > 0) {
            problems.add(DraftProblem.of("grades[0].minPoints", "scoring.edit.grade-above-total", total));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CriteriaSet(code, version, title, from, to, kinds, groups, grades);
    }

    private List<CriterionGroup> groups(List<GroupDraft> drafts, DraftText text) {
        if (drafts.isEmpty()) {
            problems.add(DraftProblem.of("groups", "scoring.edit.groups-required"));
        }
        List<CriterionGroup> groups = new ArrayList<>();
        Set<String> groupCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        for (int g = 0; g < drafts.size(); g++) {
            GroupDraft draft = drafts.get(g);
            String at = "groups[" + g + "]";
            String code = text.code(at + ".code", draft.code());
            if (code != null && !groupCodes.add(code)) {
                problems.add(DraftProblem.of(at + ".code", "scoring.edit.code-twice", code));
            }
            LocalizedText title = text.localized(at + ".title", draft.titleVi(), draft.titleEn(), 300);
            if (draft.criteria().isEmpty()) {
                problems.add(DraftProblem.of(at + ".code", "scoring.edit.criteria-required"));
            }
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 0; c < draft.criteria().size(); c++) {
                String path = at + ".criteria[" + c + "]";
                CriterionDraft typed = draft.criteria().get(c);
                Criterion criterion = new CriterionDraftReader(text, path).read(typed);
                if (!DraftText.blank(typed.code())
                        && !criterionCodes.add(typed.code().strip())) {
                    problems.add(DraftProblem.of(
                            path + ".code",
                            "scoring.edit.code-twice",
                            typed.code().strip()));
                }
                criteria.add(criterion);
            }
            if (code != null && title != null && criteria.stream().allMatch(java.util.Objects::nonNull)) {
                groups.add(new CriterionGroup(code, title, criteria));
            }
        }
        return groups;
    }

    private List<GradeBand> grades(List<GradeDraft> drafts, DraftText text) {
        if (drafts.isEmpty()) {
            problems.add(DraftProblem.of("grades", "scoring.edit.grades-required"));
            return List.of();
        }
        List<GradeBand> grades = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal previous = null;
        boolean complete = true;
        for (int i = 0; i < drafts.size(); i++) {
            GradeDraft draft = drafts.get(i);
            String at = "grades[" + i + "]";
            String code = text.code(at + ".code", draft.code());
            if (code != null && !codes.add(code)) {
                problems.add(DraftProblem.of(at + ".code", "scoring.edit.code-twice", code));
            }
            LocalizedText title = text.localized(at + ".title", draft.titleVi(), draft.titleEn(), 100);
            BigDecimal min = text.points(at + ".minPoints", draft.minPoints(), true);
            if (min != null && previous != null && min.compareTo(previous) >= 0) {
                problems.add(DraftProblem.of(at + ".minPoints", "scoring.edit.grades-order", previous));
            }
            if (min != null) {
                previous = min;
            }
            if (i == drafts.size() - 1 && min != null && min.signum() != 0) {
                problems.add(DraftProblem.of(at + ".minPoints", "scoring.edit.lowest-grade-zero"));
            }
            complete &= code != null && title != null && min != null;
            if (complete) {
                grades.add(new GradeBand(code, title, min));
            }
        }
        return complete ? grades : List.of();
    }

    /** The draft of a stored set, for the edit form and the spreadsheet; decimals as the user writes them. */
    public static SetDraft of(CriteriaSet set, boolean decimalComma) {
        List<GroupDraft> groups = set.groups().stream()
                .map(g -> new GroupDraft(
                        g.code(),
                        g.title().vi(),
                        g.title().en(),
                        g.criteria().stream()
                                .map(c -> criterion(c, decimalComma))
                                .toList()))
                .toList();
        List<GradeDraft> grades = set.grades().stream()
                .map(g -> new GradeDraft(g.code(), g.title().vi(), g.title().en(), shown(g.minPoints(), decimalComma)))
                .toList();
        return new SetDraft(
                set.code(),
                Integer.toString(set.version()),
                set.title().vi(),
                set.title().en(),
                Integer.toString(set.yearFrom()),
                Integer.toString(set.yearTo()),
                set.agencyKinds().stream().sorted().map(AgencyKind::name).toList(),
                groups,
                grades);
    }

    private static CriterionDraft criterion(Criterion c, boolean decimalComma) {
        AnswerScale scale = c.scale();
        return new CriterionDraft(
                c.code(),
                c.title().vi(),
                c.title().en(),
                shown(c.maxPoints(), decimalComma),
                c.method().name(),
                c.automatic() ? c.formula().name() : null,
                c.automatic() ? (c.fullWhenNothingToCount() ? "FULL" : "ZERO") : null,
                scale == null ? null : scale.type().name(),
                scale == null || scale.levels().isEmpty()
                        ? null
                        : String.join(
                                "\n",
                                scale.levels().stream()
                                        .map(l -> l.vi() + " | " + l.en())
                                        .toList()),
                scale == null || scale.target() == null ? null : shown(scale.target(), decimalComma),
                scale == null || scale.unit() == null ? null : scale.unit().vi(),
                scale == null || scale.unit() == null ? null : scale.unit().en(),
                c.basis(),
                c.rules().isEmpty() ? null : String.join(", ", c.rules()));
    }

    private static String shown(BigDecimal value, boolean decimalComma) {
        String plain = value.toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }
}
