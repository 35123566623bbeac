package vn.khien.monitoring.application;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.PromotionRuleChanged;
import vn.khien.shared.InvalidInputException;

/** The promotion rules as data: listed to everyone who sees alerts, edited by the coordinator. */
@Service
public class PromotionRules {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PromotionRules(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public record Rule(
            Long id,
            String name,
            AlertSeverity minSeverity,
            Integer minLevel,
            int minCount,
            int windowMinutes,
            boolean enabled) {

        String summary() {
            return "severity ≥ " + minSeverity + (minLevel == null ? "" : ", level ≥ " + minLevel) + ", " + minCount
                    + " in " + windowMinutes + " min" + (enabled ? "" : ", disabled");
        }
    }

    public List<Rule> list() {
        return jdbc.sql("SELECT * FROM monitoring.promotion_rule ORDER BY name")
                .query((rs, n) -> new Rule(
                        rs.getLong("id"),
                        rs.getString("name"),
                        AlertSeverity.ofRank(rs.getInt("min_severity")),
                        (Integer) rs.getObject("min_level"),
                        rs.getInt("min_count"),
                        rs.getInt("window_minutes"),
                        rs.getBoolean("enabled")))
                .list();
    }

    /** Creates the rule when its id is null, else changes it. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void save(Rule rule) {
        validate(rule);
        var sql = rule.id() == null
                ? jdbc.sql(
                        "INSERT INTO monitoring.promotion_rule (name, min_severity, min_level, min_count, window_minutes,"
                                + " enabled) VALUES (:name, :sev, :level, :count, :window, :enabled)")
                : jdbc.sql("UPDATE monitoring.promotion_rule SET name = :name, min_severity = :sev, min_level = :level,"
                                + " min_count = :count, window_minutes = :window, enabled = :enabled WHERE id = :id")
                        .param("id", rule.id());
        try {
            sql.param("name", rule.name().strip())
                    .param("sev", rule.minSeverity().rank())
                    .param("level", rule.minLevel())
                    .param("count", rule.minCount())
                    .param("window", rule.windowMinutes())
                    .param("enabled", rule.enabled())
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidInputException("name", "monitoring.rule.error.name-taken");
        }
        events.publishEvent(new PromotionRuleChanged(
                rule.name().strip(), rule.id() == null ? "created" : "updated", rule.summary()));
    }

    private static void validate(Rule rule) {
        if (rule.name() == null || rule.name().isBlank() || rule.name().length() > 100) {
            throw new InvalidInputException("name", "monitoring.rule.error.name");
        }
        if (rule.minSeverity() == null) {
            throw new InvalidInputException("minSeverity", "monitoring.rule.error.severity");
        }
        if (rule.minLevel() != null && (rule.minLevel() < 1 || rule.minLevel() > 5)) {
            throw new InvalidInputException("minLevel", "monitoring.rule.error.level");
        }
        if (rule.minCount() < 1 || rule.windowMinutes() < 1 || rule.windowMinutes() > 10080) {
            throw new InvalidInputException("minCount", "monitoring.rule.error.count");
        }
    }
}
