package vn.khien.agencies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who was the accountable head of an agency on a day. On the day a successor takes over, the successor
 * is the head. Callers show the answer only next to something the user may already see (an incident,
 * an obligation): the registry does not check the viewer here.
 */
public interface AccountableHeads {

    /** The head in office on that day; empty when none is recorded for it. */
    Optional<AccountableHead> on(String agencyCode, LocalDate day);

    /** The same for many agencies and days in one query; questions without a recorded head are left out. */
    Map<AgencyDay, AccountableHead> on(Collection<AgencyDay> questions);
}
