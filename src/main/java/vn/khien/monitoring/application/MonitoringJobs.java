package vn.khien.monitoring.application;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The monitoring module's scheduled work, each run once cluster-wide (ShedLock). */
@Component
class MonitoringJobs {

    private final AlertRetention retention;
    private final PromotionManagement promotion;
    private final Clock clock;

    MonitoringJobs(AlertRetention retention, PromotionManagement promotion, Clock clock) {
        this.retention = retention;
        this.promotion = promotion;
        this.clock = clock;
    }

    /** Partitions for the coming days must exist before alerts for them arrive, whatever the schedule. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        retention.maintain(retention.today());
    }

    @Scheduled(
            cron = "${khien.monitoring.retention.cron:0 20 1 * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "monitoring.retention")
    void keepPartitions() {
        retention.maintain(retention.today());
    }

    @Scheduled(
            cron = "${khien.monitoring.promotion.cron:0 * * * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "monitoring.promotion")
    void promote() {
        promotion.evaluate(clock.instant());
    }
}
