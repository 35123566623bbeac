package vn.khien.compliance.application;

import java.util.Map;
import vn.khien.compliance.ObligationStatus;

/** The dashboard's one definition of a compliance rate. */
final class Rates {

    private Rates() {}

    /**
     * On time: met or waived among those that were evaluated and apply, truncated; null when none does. A
     * late filing ({@code LATE}) is done but not on time, so it lowers this rate.
     */
    static Integer percent(Map<ObligationStatus, Long> counts) {
        long onTime = counts.getOrDefault(ObligationStatus.MET, 0L) + counts.getOrDefault(ObligationStatus.WAIVED, 0L);
        return share(counts, onTime);
    }

    /** Done at all (met, waived or late) among those that apply: "is there a report?". */
    static Integer donePercent(Map<ObligationStatus, Long> counts) {
        long done = counts.entrySet().stream()
                .filter(e -> e.getKey().done())
                .mapToLong(Map.Entry::getValue)
                .sum();
        return share(counts, done);
    }

    private static Integer share(Map<ObligationStatus, Long> counts, long part) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long applicable = total
                - counts.getOrDefault(ObligationStatus.NOT_APPLICABLE, 0L)
                - counts.getOrDefault(ObligationStatus.NOT_EVALUATED, 0L)
                // a recommendation not followed is counted apart, never against the duties' rate
                - counts.getOrDefault(ObligationStatus.NOT_FOLLOWED, 0L);
        return applicable == 0 ? null : (int) (part * 100 / applicable);
    }
}
