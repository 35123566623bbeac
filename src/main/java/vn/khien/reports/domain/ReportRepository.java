package vn.khien.reports.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import vn.khien.reports.ReportKind;

public interface ReportRepository extends ListCrudRepository<Report, Long> {

    /** Every version of one report, the latest first. */
    @Query("""
            SELECT * FROM reports.report
             WHERE kind = :kind AND agency_code = :agencyCode AND year = :year AND coalesce(half, 0) = :half
             ORDER BY report_version DESC""")
    List<Report> versions(ReportKind kind, String agencyCode, int year, int half);
}
