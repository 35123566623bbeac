package vn.khien.assessments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.OverdueRemediation;
import vn.khien.assessments.RemediationOverdue;
import vn.khien.assessments.Severity;
import vn.khien.shared.EnumSql;

/**
 * Daily: every finding still awaiting remediation after its due date publishes {@link RemediationOverdue}
 * once. One UPDATE marks the whole set (so a second run, or another node, finds nothing new) and
 * returns the rows whose events are then published in the same transaction.
 */
@Service
public class OverdueFindings implements OverdueRemediation {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueFindings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${khien.assessments.overdue.cron:0 20 1 * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "assessments.overdue")
    @Transactional
    public void daily() {
        markOverdue(LocalDate.now(clock));
    }

    /** @return how many findings became overdue on {@code day} */
    @Transactional
    public int markOverdue(LocalDate day) {
        var overdue = jdbc.sql("""
                        UPDATE assessments.finding SET overdue_notified_on = :day, version = version + 1
                         WHERE overdue_notified_on IS NULL AND status IN %s AND due_on < :day
                        RETURNING id, agency_code, system_code, severity, due_on""".formatted(EnumSql.in(FindingStatus::awaitingRemediation, FindingStatus.values())))
                .param("day", day)
                .query((rs, n) -> new RemediationOverdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("agency_code"),
                        rs.getString("system_code"),
                        Severity.valueOf(rs.getString("severity")),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        overdue.forEach(events::publishEvent);
        return overdue.size();
    }
}
