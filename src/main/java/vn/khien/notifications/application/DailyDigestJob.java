package vn.khien.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes the day's digests every morning in Vietnam, on one node; the sender mails them. */
@Component
class DailyDigestJob {

    private final DailyDigest digest;
    private final Clock clock;

    DailyDigestJob(DailyDigest digest, Clock clock) {
        this.digest = digest;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${khien.notifications.digest.cron:0 30 6 * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "notifications.digest")
    void run() {
        digest.send(LocalDate.now(clock));
    }
}
