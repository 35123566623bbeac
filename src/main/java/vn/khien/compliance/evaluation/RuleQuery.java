package vn.khien.compliance.evaluation;

import java.util.Map;

/**
 * One SELECT that evaluates a rule for its whole population (or the subjects asked for), returning
 * the columns of {@link ObligationEvaluator#COLUMNS}, with its named parameters; the statuses and subject
 * types it answers with are written {@code {{MET}}}.
 */
public record RuleQuery(String sql, Map<String, Object> params) {

    /** Statuses and subject types come from their enums ({@link StatusSql}). */
    public RuleQuery {
        sql = StatusSql.of(sql);
    }
}
