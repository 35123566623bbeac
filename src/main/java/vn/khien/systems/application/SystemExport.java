package vn.khien.systems.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetExport;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** The filtered inventory as XLSX or CSV in the import layout, streamed from one query. */
@Service
public class SystemExport {

    private final JdbcClient jdbc;
    private final SystemQueries queries;
    private final SheetExport export;

    SystemExport(JdbcClient jdbc, SystemQueries queries, SheetExport export) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.export = export;
    }

    /** Prepares the export with the viewer's access fixed now; the rows are read while it is written. */
    public PreparedExport systems(SystemFilter filter, boolean csv) {
        Map<String, Object> params = queries.listParameters(filter);
        String sql = """
                SELECT s.code, s.name, s.owner_code, s.operator_code, s.type, s.e_government,
                       s.public_service_level, s.personal_data_subjects, s.proposed_level, s.approved_level,
                       s.decision_number, s.decision_date, s.decision_approver_code, s.status,
                       s.monitoring_connected, s.monitoring_since, s.monitoring_method""" + SystemQueries.LIST_FROM + " ORDER BY " + SystemQueries.order(filter.sort());
        return out -> {
            try (Stream<List<Object>> rows = jdbc
                    .sql(sql)
                    .params(params)
                    .query((rs, n) -> Arrays.<Object>asList(
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("owner_code"),
                            rs.getString("operator_code"),
                            SystemType.valueOf(rs.getString("type")),
                            rs.getBoolean("e_government"),
                            rs.getObject("public_service_level", Integer.class),
                            rs.getObject("personal_data_subjects", Integer.class),
                            rs.getObject("proposed_level", Integer.class),
                            rs.getObject("approved_level", Integer.class),
                            rs.getString("decision_number"),
                            rs.getObject("decision_date", LocalDate.class),
                            rs.getString("decision_approver_code"),
                            SystemStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("monitoring_connected"),
                            rs.getObject("monitoring_since", LocalDate.class),
                            rs.getString("monitoring_method") == null
                                    ? null
                                    : MonitoringMethod.valueOf(rs.getString("monitoring_method"))))
                    .stream()) {
                if (csv) {
                    export.csv(SystemSheets.SYSTEMS, rows, out);
                } else {
                    export.xlsx(SystemSheets.SYSTEMS, rows, out);
                }
            }
        };
    }
}
