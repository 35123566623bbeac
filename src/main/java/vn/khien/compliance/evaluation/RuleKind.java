package vn.khien.compliance.evaluation;

import java.util.List;
import vn.khien.compliance.domain.RuleDefinition;

/**
 * A kind of rule implemented in code; a pack's rules are its instances with parameters. Each kind
 * evaluates its whole population with one SQL statement over published views.
 */
public interface RuleKind {

    /** The name a pack uses: {@code presence}, {@code cadence}, … */
    String name();

    /**
     * The published views the rule reads beyond the registry's, by their descriptors' names (e.g. {@code
     * AssessmentFacts.ASSESSMENT_RESULT.name()}); when one does not exist the rule is not evaluated.
     * Also checks the rule's parameters (a {@link vn.khien.compliance.domain.PackFormatException}).
     */
    List<String> sources(RuleDefinition rule);

    RuleQuery query(RuleDefinition rule, EvaluationDay day);

    /**
     * The rule's obligations while a source is missing, when the kind can still say what is owed and
     * by when (a calendar needs no evidence): every status "not evaluated". Empty: the engine lists
     * the rule's population as not evaluated, without dates.
     */
    default java.util.Optional<RuleQuery> withoutSource(RuleDefinition rule, EvaluationDay day) {
        return java.util.Optional.empty();
    }
}
