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
    default Map<String, Map<ObligationStatus, Long>> byAgency(LocalDate day, Collection<String> agencyCodes) {
        return byAgency(day, agencyCodes, java.util.List.of());
    }

    /**
     * The counts of the obligations of the named rules only: a rule's id ({@code ct14.signing-credentials})
     * or every rule whose id starts with a pack's prefix ({@code law116.*}); none named, every rule.
     */
    Map<String, Map<ObligationStatus, Long>> byAgency(
            LocalDate day, Collection<String> agencyCodes, Collection<String> rules);

    /** Whether a rule id, or a prefix written {@code law116.*}, names a rule of any loaded pack version. */
    boolean namesRules(String rule);

    /** The titles, in the reader's language, of the rules named as above (each pack's latest version). */
    java.util.List<String> ruleTitles(Collection<String> rules, java.util.Locale locale);

    /**
     * One agency's obligations in the given statuses on the day, most urgent first, with the rule's title and
     * the reason in the locale. No access check: the caller decides who may see them.
     */
    java.util.List<ObligationLine> ofAgency(
            LocalDate day, String agencyCode, java.util.Set<ObligationStatus> statuses, java.util.Locale locale);
}
