package vn.khien.scoring.domain;

import java.math.BigDecimal;
import vn.khien.agencies.AgencyKind;

/**
 * Writes a set in the YAML form the parser reads (the stored canonical form of every version, whether
 * shipped, posted, edited or imported). Every text is double-quoted with JSON escapes, which YAML reads
 * the same way, so codes like {@code "1.10"} stay text and no text can break the structure.
 */
public final class CriteriaSetWriter {

    private final StringBuilder out = new StringBuilder();

    private CriteriaSetWriter() {}

    public static String yaml(CriteriaSet set) {
        return new CriteriaSetWriter().write(set);
    }

    private String write(CriteriaSet set) {
        line(0, "code: " + quoted(set.code()));
        line(0, "version: " + set.version());
        line(0, "title: " + localized(set.title()));
        line(0, "years: {from: " + set.yearFrom() + ", to: " + set.yearTo() + "}");
        line(
                0,
                "agencyKinds: ["
                        + String.join(
                                ", ",
                                set.agencyKinds().stream()
                                        .sorted()
                                        .map(AgencyKind::name)
                                        .toList())
                        + "]");
        line(0, "grades:");
        for (GradeBand grade : set.grades()) {
            line(
                    1,
                    "- {code: " + quoted(grade.code()) + ", minPoints: " + number(grade.minPoints()) + ", title: "
                            + localized(grade.title()) + "}");
        }
        line(0, "groups:");
        for (CriterionGroup group : set.groups()) {
            line(1, "- code: " + quoted(group.code()));
            line(2, "title: " + localized(group.title()));
            line(2, "criteria:");
            for (Criterion c : group.criteria()) {
                criterion(c);
            }
        }
        return out.toString();
    }

    private void criterion(Criterion c) {
        line(3, "- code: " + quoted(c.code()));
        line(4, "title: " + localized(c.title()));
        line(4, "maxPoints: " + number(c.maxPoints()));
        line(4, "method: " + c.method().name());
        if (c.automatic()) {
            line(4, "formula: " + c.formula().name());
            if (!c.rules().isEmpty()) {
                line(4, "rules: [" + String.join(", ", c.rules()) + "]");
            }
            line(4, "ifNothingToCount: " + (c.fullWhenNothingToCount() ? "FULL" : "ZERO"));
        } else {
            AnswerScale scale = c.scale();
            line(4, "answer:");
            line(5, "type: " + scale.type().name());
            switch (scale.type()) {
                case YES_NO -> {}
                case LEVEL -> {
                    line(5, "levels:");
                    scale.levels().forEach(level -> line(6, "- " + localized(level)));
                }
                case NUMBER -> {
                    line(5, "target: " + number(scale.target()));
                    line(5, "unit: " + localized(scale.unit()));
                }
            }
        }
        if (c.basis() != null) {
            line(4, "basis: " + quoted(c.basis()));
        }
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String localized(LocalizedText text) {
        return "{vi: " + quoted(text.vi()) + ", en: " + quoted(text.en()) + "}";
    }

    /** Quoted, so that the parser reads it back as the same decimal (never through a double). */
    private static String number(BigDecimal value) {
        return quoted(value.toPlainString());
    }

    static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
                        s.append(String.format("\\u%04x", cp));
                    } else {
                        s.appendCodePoint(cp);
                    }
                }
            }
        });
        return s.append('"').toString();
    }
}
