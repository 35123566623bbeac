package vn.khien.agencies.application;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.RegistryAccess;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetExport;
import vn.khien.shared.spreadsheet.SheetLayout;

/**
 * Exports of the registry in the import layouts, streamed row by row from one query. The viewer's
 * scope is fixed when the export is prepared; the rows are written later, while the response streams.
 */
@Service
public class AgencyExport {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final SheetExport export;

    AgencyExport(JdbcClient jdbc, RegistryAccess access, SheetExport export) {
        this.jdbc = jdbc;
        this.access = access;
        this.export = export;
    }

    /** Writes the filtered agency list; {@code csv} picks CSV over XLSX. */
    public PreparedExport agencies(AgencyFilter filter, boolean csv) {
        AgencyListing.Query query = AgencyListing.query(filter, access.sqlParameters());
        String sql = "SELECT a.code, a.name, a.short_name, a.kind, a.parent_code, a.address, a.website,"
                + " a.licence_number, a.licence_valid_from, a.licence_valid_until, a.status "
                + query.from() + " ORDER BY " + query.orderBy();
        return out -> write(
                AgencySheets.AGENCIES,
                csv,
                out,
                query
                        .bind(jdbc.sql(sql))
                        .query((rs, n) -> Arrays.<Object>asList(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                AgencyKind.valueOf(rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getObject(9, LocalDate.class),
                                rs.getObject(10, LocalDate.class),
                                AgencyStatus.valueOf(rs.getString(11))))
                        .stream());
    }

    /** Writes the current focal points of the visible agencies. */
    public PreparedExport focalPoints(boolean csv) {
        Map<String, Object> visibility = access.sqlParameters();
        String sql = """
                SELECT f.* FROM agencies.focal_point f JOIN agencies.agency a ON a.code = f.agency_code
                WHERE f.valid_to IS NULL AND %s ORDER BY a.name, a.code, f.role""".formatted(Visibility.CONDITION);
        return out -> write(
                AgencySheets.FOCAL_POINTS,
                csv,
                out,
                jdbc
                        .sql(sql)
                        .params(visibility)
                        .query((rs, n) ->
                                focalPointCells(rs.getString("agency_code"), FocalPointQueries.view(rs, LocalDate.MIN)))
                        .stream());
    }

    /** One row of the focal point layout (AgencySheets.FOCAL_POINTS), column for column. */
    private static List<Object> focalPointCells(String agencyCode, FocalPointView f) {
        return Arrays.asList(
                agencyCode,
                f.role(),
                f.unitName(),
                f.personName(),
                f.position(),
                f.phone(),
                f.email(),
                f.decisionNumber(),
                f.appointedOn(),
                f.deputyName(),
                f.deputyPhone(),
                f.deputyEmail(),
                f.validFrom());
    }

    private void write(SheetLayout layout, boolean csv, OutputStream out, Stream<List<Object>> rows) {
        try (rows) {
            if (csv) {
                export.csv(layout, rows, out);
            } else {
                export.xlsx(layout, rows, out);
            }
        }
    }
}
