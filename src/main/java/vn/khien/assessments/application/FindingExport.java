package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetExport;

/** The filtered findings as an XLSX workbook, streamed from one query with the viewer's access. */
@Service
public class FindingExport {

    private static final List<String> HEADERS = List.of(
            "id",
            "agency",
            "system",
            "title",
            "requirement",
            "severity",
            "cvss",
            "status",
            "owner",
            "due",
            "closed",
            "campaign");

    private final JdbcClient jdbc;
    private final FindingQueries queries;
    private final SheetExport export;
    private final MessageSource messages;

    FindingExport(JdbcClient jdbc, FindingQueries queries, SheetExport export, MessageSource messages) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.export = export;
        this.messages = messages;
    }

    public String title() {
        return messages.getMessage("assessments.export.title", null, LocaleContextHolder.getLocale());
    }

    public PreparedExport findings(FindingFilter filter) {
        Map<String, Object> params = queries.parameters(filter);
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = HEADERS.stream()
                .map(h -> messages.getMessage("assessments.export." + h, null, locale))
                .toList();
        String sheet = title();
        String sql = """
                SELECT f.id, f.agency_code, f.system_code, f.title, f.requirement_code, f.severity, f.cvss_vector,
                       f.status, f.remediation_owner, f.due_on, f.closed_on, c.name AS campaign
                  FROM assessments.finding f LEFT JOIN assessments.campaign c ON c.id = f.campaign_id
                 WHERE """ + FindingQueries.WHERE + " ORDER BY " + FindingQueries.ORDER;
        return out -> {
            try (Stream<List<Object>> rows = jdbc
                    .sql(sql)
                    .params(params)
                    .query((rs, n) -> Arrays.<Object>asList(
                            rs.getString("id"),
                            rs.getString("agency_code"),
                            rs.getString("system_code"),
                            rs.getString("title"),
                            rs.getString("requirement_code"),
                            rs.getString("severity"),
                            rs.getString("cvss_vector"),
                            rs.getString("status"),
                            rs.getString("remediation_owner"),
                            rs.getObject("due_on", LocalDate.class),
                            rs.getObject("closed_on", LocalDate.class),
                            rs.getString("campaign")))
                    .stream()) {
                export.xlsx(sheet, headers, rows, out);
            }
        };
    }
}
