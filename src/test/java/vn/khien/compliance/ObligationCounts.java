package vn.khien.compliance;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How many obligations a rule raised on one subject, as the compliance tests ask it. */
final class ObligationCounts {

    private ObligationCounts() {}

    static long of(JdbcClient jdbc, String rule, String subject) {
        return jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE rule_id = ? AND subject_code = ?")
                .params(rule, subject)
                .query(Long.class)
                .single();
    }
}
