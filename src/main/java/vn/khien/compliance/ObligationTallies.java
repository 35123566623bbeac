package vn.khien.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How many obligations of each agency (its own and its systems') stood in each status on a day, for
 * many agencies in one answer: scoring's "share of obligations met on time" reads this instead of the
 * obligation table. A day other than the one last evaluated is evaluated on demand by the rules owed
 * that day, so the counts are what the rules say for that day.
 */
public interface ObligationTallies {

    /**
     * The counts by agency code and status; an agency without any obligation that day is absent. No
     * access check: the caller decides who may see what it derives from the counts.
     */
    Map<String, Map<ObligationStatus, Long>> byAgency(LocalDate day, Collection<String> agencyCodes);

    /**
     * One agency's obligations in the given statuses on the day, most urgent first, with the rule's title and
     * the reason in the locale. No access check: the caller decides who may see them.
     */
    java.util.List<ObligationLine> ofAgency(
            LocalDate day, String agencyCode, java.util.Set<ObligationStatus> statuses, java.util.Locale locale);
}
