package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;
import vn.khien.scoring.SetDraft.CriterionDraft;

/** Reads one criterion of a draft: an automatic one names a formula, a self-assessed one its answer. */
final class CriterionDraftReader {

    private final DraftText text;
    private final String at;

    CriterionDraftReader(DraftText text, String at) {
        this.text = text;
        this.at = at;
    }

    /** The criterion, or null when a problem was recorded. */
    Criterion read(CriterionDraft d) {
        String code = text.code(at + ".code", d.code());
        LocalizedText title = text.localized(at + ".title", d.titleVi(), d.titleEn(), 500);
        BigDecimal max = text.points(at + ".maxPoints", d.maxPoints(), false);
        ScoringMethod method = text.constant(at + ".method", ScoringMethod.class, d.method());
        String basis = text.optional(at + ".basis", d.basis(), 500);
        if (method == ScoringMethod.AUTOMATIC) {
            Formula formula = text.constant(at + ".formula", Formula.class, d.formula());
            String none = DraftText.blank(d.ifNothingToCount())
                    ? "FULL"
                    : d.ifNothingToCount().strip();
            if (!none.equals("FULL") && !none.equals("ZERO")) {
                text.problem(at + ".ifNothingToCount", "scoring.edit.unknown-value", none);
                return null;
            }
            List<String> rules = rules(formula, d.rules());
            return code == null || title == null || max == null || formula == null || rules == null
                    ? null
                    : new Criterion(code, title, max, method, formula, rules, none.equals("FULL"), null, basis);
        }
        AnswerScale scale = method == null ? null : scale(d);
        return code == null || title == null || max == null || scale == null
                ? null
                : new Criterion(code, title, max, method, null, List.of(), false, scale, basis);
    }

    /** Rule ids separated by commas, spaces or lines; only the obligations formula takes them. */
    private List<String> rules(Formula formula, String typed) {
        if (DraftText.blank(typed)) {
            return List.of();
        }
        if (formula != Formula.OBLIGATIONS_MET_ON_TIME) {
            text.problem(at + ".rules", "scoring.edit.rules-formula");
            return null;
        }
        List<String> rules = new ArrayList<>();
        for (String rule : typed.strip().split("[,;\\s]+")) {
            if (!Criterion.RULE.matcher(rule).matches() || rules.contains(rule) || rules.size() == 50) {
                text.problem(
                        at + ".rules", "scoring.edit.rules-format", rule.length() > 60 ? rule.substring(0, 60) : rule);
                return null;
            }
            rules.add(rule);
        }
        return rules;
    }

    private AnswerScale scale(CriterionDraft d) {
        AnswerType type = text.constant(at + ".answerType", AnswerType.class, d.answerType());
        if (type == null) {
            return null;
        }
        return switch (type) {
            case YES_NO -> AnswerScale.yesNo();
            case LEVEL -> {
                List<LocalizedText> levels = levels(d.levels());
                yield levels == null ? null : new AnswerScale(type, levels, null, null);
            }
            case NUMBER -> {
                BigDecimal target = text.points(at + ".target", d.target(), false);
                LocalizedText unit = text.localized(at + ".unit", d.unitVi(), d.unitEn(), 40);
                yield target == null || unit == null ? null : new AnswerScale(type, List.of(), target, unit);
            }
        };
    }

    /** One level a line, {@code Vietnamese | English}; at least two, at most 20. */
    private List<LocalizedText> levels(String typed) {
        List<LocalizedText> levels = new ArrayList<>();
        for (String line :
                DraftText.blank(typed) ? new String[0] : typed.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 2
                    || parts[0].isBlank()
                    || parts[1].isBlank()
                    || line.length() > 300
                    || !DraftText.storable(line)) {
                text.problem(at + ".levels", "scoring.edit.levels-format", line.strip());
                return null;
            }
            levels.add(new LocalizedText(parts[0].strip(), parts[1].strip()));
        }
        if (levels.size() < 2 || levels.size() > 20) {
            text.problem(at + ".levels", "scoring.edit.levels-count");
            return null;
        }
        return levels;
    }
}
