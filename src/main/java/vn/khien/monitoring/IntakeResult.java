package vn.khien.monitoring;

import java.util.List;

/**
 * What happened to one batch: stored, already stored before (a resend), refused with the line and
 * the reason. Malformed lines are also kept as dead letters.
 */
public record IntakeResult(long accepted, long duplicates, List<Rejection> rejected, long deadLettered) {

    public record Rejection(int line, String reason) {}
}
