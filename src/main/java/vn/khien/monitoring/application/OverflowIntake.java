package vn.khien.monitoring.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.IntakeResult;

/**
 * A batch that found no intake slot: handed whole to the {@link IntakeOverflow} (Kafka) when there is
 * one, and answered {@code 202} with the lines queued; otherwise, or when as many batches as the intake
 * has slots are already being handed over, the sender is told to retry ({@code 503}). The lines are
 * only read here, not parsed: the consumer parses them, so a bad line becomes a dead letter there.
 */
@Component
class OverflowIntake {

    private final ObjectProvider<IntakeOverflow> overflow;
    private final MonitoringSettings settings;
    private final Semaphore slots;

    OverflowIntake(ObjectProvider<IntakeOverflow> overflow, MonitoringSettings settings) {
        this.overflow = overflow;
        this.settings = settings;
        this.slots = new Semaphore(Math.max(1, settings.intake().concurrency()));
    }

    IntakeResult handOver(
            AlertIntake.Sender sender, AlertFormat format, AlertIntake.Body body, AlertIntake.IntakeSaturated busy) {
        IntakeOverflow target = overflow.getIfAvailable();
        if (target == null || !slots.tryAcquire()) {
            throw busy;
        }
        try {
            int maxLines = settings.intake().maxLines();
            List<String> lines = new ArrayList<>();
            int[] reached = {0};
            BodyLines.read(
                    format,
                    body,
                    settings.intake().maxBytes(),
                    line -> {
                        reached[0]++;
                        if (line.isBlank()) {
                            return;
                        }
                        if (reached[0] > maxLines) {
                            throw new AlertIntake.BatchTooLarge("more than " + maxLines + " lines in one request");
                        }
                        lines.add(line);
                    },
                    () -> reached[0],
                    sender);
            target.accept(sender.organisation(), format, lines);
            return IntakeResult.queued(lines.size());
        } finally {
            slots.release();
        }
    }
}
