package vn.khien.incidents.application;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.khien.shared.SystemActor;

/** Checks the incident clocks every quarter of an hour (a 24 h clock cannot wait for a daily run), on one node. */
@Component
class IncidentClockJob {

    private final IncidentClocks clocks;
    private final Clock clock;

    IncidentClockJob(IncidentClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${khien.incidents.clock-check.cron:0 */15 * * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "incidents.clock-check")
    void run() {
        SystemActor.run("incident-clocks", () -> clocks.announceMissed(clock.instant()));
    }
}
