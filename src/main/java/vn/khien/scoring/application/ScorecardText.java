package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khien.compliance.ObligationTallies;
import vn.khien.scoring.application.Views.CriterionView;
import vn.khien.scoring.application.Views.GroupView;
import vn.khien.scoring.domain.AnswerScale;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.Criterion;
import vn.khien.scoring.domain.CriterionScore;
import vn.khien.scoring.domain.LocalizedText;
import vn.khien.scoring.domain.Points;
import vn.khien.scoring.domain.Ratio;

/** A set's groups and criteria in the user's language, with an agency's points when given. */
@Component
class ScorecardText {

    private final MessageSource messages;
    private final ObligationTallies tallies;

    ScorecardText(MessageSource messages, ObligationTallies tallies) {
        this.messages = messages;
        this.tallies = tallies;
    }

    List<GroupView> groups(CriteriaSet set, Map<String, CriterionScore> scores, Locale locale) {
        return set.groups().stream()
                .map(g -> {
                    List<CriterionView> criteria = g.criteria().stream()
                            .map(c -> criterion(c, scores == null ? null : scores.get(c.code()), locale))
                            .toList();
                    BigDecimal points = scores == null
                            ? null
                            : Points.of(criteria.stream()
                                    .map(c -> c.points() == null ? BigDecimal.ZERO : c.points())
                                    .reduce(BigDecimal.ZERO, BigDecimal::add));
                    return new GroupView(g.code(), g.title().in(locale), g.maxPoints(), points, criteria);
                })
                .toList();
    }

    private CriterionView criterion(Criterion c, CriterionScore score, Locale locale) {
        AnswerScale scale = c.scale();
        return new CriterionView(
                c.code(),
                c.title().in(locale),
                c.method(),
                c.formula(),
                c.rules(),
                c.automatic() ? formula(c, locale) : null,
                scale == null ? null : scale.type(),
                scale == null
                        ? null
                        : scale.levels().stream().map(l -> l.in(locale)).toList(),
                scale == null ? null : scale.target(),
                scale == null || scale.unit() == null ? null : scale.unit().in(locale),
                c.basis(),
                c.maxPoints(),
                score == null ? null : score.points(),
                score == null || c.automatic() ? null : score.input(),
                score == null ? null : shown(c, score.input(), locale),
                score != null && score.overridden(),
                score == null ? null : score.reason());
    }

    /** The formula in words, the rules it counts by their titles, and what an agency gets when there is nothing to count. */
    private String formula(Criterion c, Locale locale) {
        String rules = c.rules().isEmpty()
                ? ""
                : " "
                        + messages.getMessage(
                                "scoring.formula.rules",
                                new Object[] {String.join("; ", tallies.ruleTitles(c.rules(), locale))},
                                locale);
        return messages.getMessage("scoring.formula." + c.formula().name(), null, locale) + rules + " "
                + messages.getMessage(
                        c.fullWhenNothingToCount() ? "scoring.formula.none-full" : "scoring.formula.none-zero",
                        null,
                        locale);
    }

    /** What the agency answered or what was counted, as a person reads it. */
    private String shown(Criterion c, String input, Locale locale) {
        if (input == null) {
            return messages.getMessage("scoring.answer.none", null, locale);
        }
        if (c.automatic()) {
            String[] parts = input.split("/");
            Ratio ratio = new Ratio(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return ratio.countable() == 0
                    ? messages.getMessage("scoring.input.nothing", null, locale)
                    : messages.getMessage(
                            "scoring.input.ratio", new Object[] {ratio.counted(), ratio.countable()}, locale);
        }
        return switch (c.scale().type()) {
            case YES_NO -> messages.getMessage("scoring.answer." + input.toLowerCase(Locale.ROOT), null, locale);
            case LEVEL ->
                c.scale().accepts(input)
                        ? c.scale().levels().get(Integer.parseInt(input)).in(locale)
                        : input;
            case NUMBER -> input + " " + localized(c.scale().unit(), locale);
        };
    }

    private static String localized(LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }
}
