package vn.khien.notifications.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the outbox every little while, on one node at a time. */
@Component
class OutboxSenderJob {

    private final OutboxSender sender;

    OutboxSenderJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(
            fixedDelayString = "${khien.notifications.send.fixed-delay:PT1M}",
            initialDelayString = "${khien.notifications.send.fixed-delay:PT1M}")
    @SchedulerLock(name = "notifications.send", lockAtMostFor = "PT10M")
    void run() {
        sender.sendDue();
    }
}
