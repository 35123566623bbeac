package vn.khien.reports.api;

import java.time.LocalDate;
import vn.khien.reports.ReportKind;
import vn.khien.reports.application.NewReport;
import vn.khien.reports.application.WriteNarrative;

/** The bodies the reports API accepts. */
final class ReportRequests {

    private ReportRequests() {}

    record CreateRequest(ReportKind kind, String agencyCode, Integer year, Integer half) {
        NewReport toCommand() {
            return new NewReport(kind, agencyCode, year, half);
        }
    }

    record NarrativeRequest(String situation, String difficulties, String proposals, LocalDate cutOff) {
        WriteNarrative toCommand() {
            return new WriteNarrative(situation, difficulties, proposals, cutOff);
        }
    }

    record SubmitRequest(String number) {}

    record ReasonRequest(String reason) {}
}
