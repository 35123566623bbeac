package vn.khien.reports;

import java.time.LocalDate;

/**
 * The coordinator's records of agency reports kept outside Khiên's workflow (used by the demo province):
 * a report handed in on paper on a past day, recorded as submitted on that day, and a draft opened on an
 * agency's behalf.
 */
public interface ReportArchive {

    /** Records the agency's annual report of the year as submitted on the day; returns the version's id. */
    long recordSubmitted(String agencyCode, int year, String situation, String number, LocalDate submittedOn);

    /** Opens the draft of the agency's annual report of the year with its assessment of the situation. */
    long openDraft(String agencyCode, int year, String situation);
}
