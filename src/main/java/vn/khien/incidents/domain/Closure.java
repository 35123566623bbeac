package vn.khien.incidents.domain;

/** How the incident ended: root cause, lessons learned and final report, or why it was rejected. */
public record Closure(String rootCause, String lessonsLearned, String finalReport, String rejectReason) {

    static final Closure NONE = new Closure(null, null, null, null);
}
