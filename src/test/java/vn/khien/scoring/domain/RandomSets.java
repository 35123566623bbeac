package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/** Random valid sets: texts with Vietnamese letters, quotes and signs a spreadsheet might mistake. */
final class RandomSets {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠ ỳổữẫ0123456789\"'=+-#:{}[],.&*!%@";

    static CriteriaSet set(Random r) {
        int from = 2000 + r.nextInt(100);
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        for (int i = 0; i <= r.nextInt(4); i++) {
            kinds.add(AgencyKind.values()[r.nextInt(AgencyKind.values().length)]);
        }
        List<CriterionGroup> groups = new ArrayList<>();
        int number = 0;
        for (int g = 0; g <= r.nextInt(4); g++) {
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 0; c <= r.nextInt(6); c++) {
                criteria.add(criterion(r, "c" + number++ + text(r, 5)));
            }
            groups.add(new CriterionGroup("g" + g + text(r, 6), localized(r), criteria));
        }
        BigDecimal total = groups.stream().map(CriterionGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<GradeBand> grades = new ArrayList<>();
        int bands = 1 + r.nextInt(4);
        for (int b = 0; b < bands; b++) {
            BigDecimal min = b == bands - 1
                    ? BigDecimal.ZERO
                    : points(total.multiply(BigDecimal.valueOf(bands - 1 - b))
                            .divide(BigDecimal.valueOf(bands), 2, java.math.RoundingMode.DOWN));
            grades.add(new GradeBand("b" + b, localized(r), min));
        }
        return new CriteriaSet(
                "S" + text(r, 10),
                1 + r.nextInt(9999),
                localized(r),
                from,
                from + r.nextInt(2101 - from),
                kinds,
                groups,
                grades.stream().distinct().toList());
    }

    private static Criterion criterion(Random r, String code) {
        BigDecimal max = points(BigDecimal.valueOf(1 + r.nextInt(2000), 2));
        String basis = r.nextBoolean() ? null : text(r, 30);
        if (r.nextBoolean()) {
            Formula formula = Formula.values()[r.nextInt(Formula.values().length)];
            // the obligations formula may count only some rules: a rule's id or a pack's rules
            List<String> rules = formula != Formula.OBLIGATIONS_MET_ON_TIME || r.nextBoolean()
                    ? List.of()
                    : r.nextBoolean()
                            ? List.of("ct14.signing-credentials", "law116.*")
                            : List.of("qd05.incident-notice");
            return new Criterion(
                    code, localized(r), max, ScoringMethod.AUTOMATIC, formula, rules, r.nextBoolean(), null, basis);
        }
        AnswerType type = AnswerType.values()[r.nextInt(AnswerType.values().length)];
        AnswerScale scale = switch (type) {
            case YES_NO -> AnswerScale.yesNo();
            case LEVEL -> new AnswerScale(type, List.of(localized(r), localized(r), localized(r)), null, null);
            case NUMBER ->
                new AnswerScale(type, List.of(), points(BigDecimal.valueOf(1 + r.nextInt(99999), 2)), localized(r));
        };
        return new Criterion(
                code, localized(r), max, ScoringMethod.SELF_ASSESSED, null, List.of(), false, scale, basis);
    }

    private static BigDecimal points(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static LocalizedText localized(Random r) {
        return new LocalizedText(text(r, 30), text(r, 30));
    }

    /** Non-blank, no surrounding spaces, no '|' (it separates a level's languages). */
    private static String text(Random r, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= r.nextInt(max); i++) {
            s.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        String t = s.toString().strip();
        return t.isEmpty() ? "x" : t;
    }
}
