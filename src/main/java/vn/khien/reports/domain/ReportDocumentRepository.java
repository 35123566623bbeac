package vn.khien.reports.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ReportDocumentRepository extends ListCrudRepository<ReportDocument, Long> {

    @Query("SELECT * FROM reports.report_document WHERE report = :report ORDER BY created_at DESC, id DESC")
    List<ReportDocument> ofReport(long report);

    @Query("""
            SELECT * FROM reports.report_document
             WHERE report = :report AND format = :format AND origin = :origin
             ORDER BY created_at DESC, id DESC LIMIT 1""")
    Optional<ReportDocument> latest(long report, String format, String origin);

    @Query("""
            SELECT * FROM reports.report_document
             WHERE report = :report AND format = :format AND origin = :origin AND sha256 = :sha256""")
    Optional<ReportDocument> same(long report, String format, String origin, String sha256);
}
