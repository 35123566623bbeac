package vn.khien.incidents.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentFigures;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.SummaryPeriod;
import vn.khien.systems.facts.SystemFacts;

/** Counts the province's incidents by type and severity in one statement, over Form 05's window. */
@Service
class IncidentFigureQueries implements IncidentFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    IncidentFigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Count> count(SummaryPeriod period, Set<Integer> systemLevels) {
        SummaryWindow window = SummaryWindow.of(period, clock.getZone());
        return jdbc.sql("""
                        SELECT t.code, t.name_vi, i.severity, count(*) AS n
                          FROM incidents.incident i
                          JOIN incidents.incident_type t ON t.code = i.type_code
                          LEFT JOIN %s s ON s.code = i.system_code
                         WHERE %s
                           AND (cardinality(CAST(:levels AS int[])) = 0 OR s.approved_level = ANY(CAST(:levels AS int[])))
                         GROUP BY t.code, t.name_vi, t.position, i.severity
                         ORDER BY t.position, i.severity""".formatted(SystemFacts.SYSTEM.name(), SummaryWindow.CONDITION))
                .param("from", window.from())
                .param("to", window.to())
                .param("levels", systemLevels.toArray(Integer[]::new))
                .query((rs, n) -> new Count(
                        rs.getString(1), rs.getString(2), IncidentSeverity.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
    }
}
