package vn.khien.incidents.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentClockMissed;
import vn.khien.incidents.IncidentStatus;
import vn.khien.shared.EnumSql;

/**
 * Announces regulatory clocks that ran out unmet: one statement marks every such clock of the
 * province as missed (so each is announced once) and returns them; each becomes an
 * {@link IncidentClockMissed} event for compliance, scoring and notifications.
 */
@Service
public class IncidentClocks {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    IncidentClocks(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public List<IncidentClockMissed> announceMissed(Instant now) {
        List<IncidentClockMissed> missed = jdbc.sql("""
                        WITH due AS (
                            UPDATE incidents.incident_clock c SET missed_at = :now
                            FROM incidents.incident i
                            WHERE i.id = c.incident AND c.met_at IS NULL AND c.missed_at IS NULL AND c.due_at < :now
                              AND i.status <> %s
                            RETURNING i.id, i.reference, i.agency_code, c.rule_id, c.due_at, c.name_vi, c.name_en,
                                      i.reporter),
                        bumped AS (
                            UPDATE incidents.incident i SET version = i.version + 1
                            WHERE i.id IN (SELECT id FROM due))
                        SELECT reference, agency_code, rule_id, due_at, name_vi, name_en,
                               array_append(ARRAY(SELECT r.username FROM incidents.incident_responder r
                                                  WHERE r.incident = due.id ORDER BY r.username), reporter)
                        FROM due ORDER BY due_at""".formatted(EnumSql.literal(IncidentStatus.REJECTED)))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new IncidentClockMissed(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        List.of(rs.getString(5), rs.getString(6)),
                        List.of((String[]) rs.getArray(7).getArray())))
                .list();
        missed.forEach(events::publishEvent);
        return missed;
    }
}
