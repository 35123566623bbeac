package vn.khien.compliance.evaluation;

import java.util.Map;

/**
 * One SELECT that evaluates a rule for its whole population (or the subjects asked for), returning
 * the columns of {@link ObligationEvaluator#COLUMNS}, with its named parameters.
 */
public record RuleQuery(String sql, Map<String, Object> params) {}
