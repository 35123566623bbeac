package vn.khien.monitoring;

import java.util.List;

/**
 * What happened to one batch: stored, already stored before (a resend), refused with the line and
 * the reason. Malformed lines are also kept as dead letters. {@code queued}: lines handed to the Kafka
 * topic because the intake was busy (answered {@code 202}); they are parsed and stored from there.
 */
public record IntakeResult(long accepted, long duplicates, List<Rejection> rejected, long deadLettered, long queued) {

    public IntakeResult(long accepted, long duplicates, List<Rejection> rejected, long deadLettered) {
        this(accepted, duplicates, rejected, deadLettered, 0);
    }

    public static IntakeResult queued(long lines) {
        return new IntakeResult(0, 0, List.of(), 0, lines);
    }

    public record Rejection(int line, String reason) {}
}
