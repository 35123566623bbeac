package vn.khien.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * What to remind people of on a day: every obligation of the province that is due soon (within
 * {@code khien.compliance.due-soon-days}) or overdue, in one set-based answer for the daily digest.
 */
public interface ObligationReminders {

    /** Due-soon and overdue obligations on the day, by agency, overdue first, then by due date. */
    List<ObligationReminder> dueSoonOrOverdue(LocalDate day);
}
