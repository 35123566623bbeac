package vn.khien.compliance.application;

import java.util.Map;
import vn.khien.compliance.ObligationStatus;

/** The dashboard's one definition of a compliance rate. */
final class Rates {

    private Rates() {}

    /** Met or waived among those that were evaluated and apply, truncated; null when none does. */
    static Integer percent(Map<ObligationStatus, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long applicable = total
                - counts.getOrDefault(ObligationStatus.NOT_APPLICABLE, 0L)
                - counts.getOrDefault(ObligationStatus.NOT_EVALUATED, 0L);
        long done = counts.getOrDefault(ObligationStatus.MET, 0L) + counts.getOrDefault(ObligationStatus.WAIVED, 0L);
        return applicable == 0 ? null : (int) (done * 100 / applicable);
    }
}
