package vn.khien.monitoring.application;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Bounds the batches being parsed and written at once, so memory stays bounded under any load: a
 * batch that finds no free slot in time is refused (503 with Retry-After), never queued without end.
 */
@Component
class IntakeGate {

    private final Semaphore slots;
    private final long waitMillis;

    IntakeGate(MonitoringSettings settings) {
        this.slots = new Semaphore(settings.intake().concurrency(), true);
        this.waitMillis = settings.intake().waitForSlot().toMillis();
    }

    /** Runs the work in a slot, or throws {@link AlertIntake.IntakeSaturated}. */
    <T> T within(java.util.function.Supplier<T> work) {
        boolean entered;
        try {
            entered = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertIntake.IntakeSaturated();
        }
        if (!entered) {
            throw new AlertIntake.IntakeSaturated();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
