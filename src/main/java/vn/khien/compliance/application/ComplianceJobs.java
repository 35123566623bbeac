package vn.khien.compliance.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Full evaluations: once the demo and every module's data are loaded at start (the obligation table
 * is derived and unlogged, so a crash may have emptied it), and every night, when due dates move
 * into "due soon" and "overdue" by the calendar alone.
 */
@Component
@Order(200)
class ComplianceJobs implements ApplicationRunner {

    private final ObligationRecompute recompute;

    ComplianceJobs(ObligationRecompute recompute) {
        this.recompute = recompute;
    }

    @Override
    public void run(ApplicationArguments args) {
        recompute.all();
    }

    @Scheduled(cron = "${khien.compliance.nightly.cron:0 5 0 * * *}", zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "compliance.nightly")
    void nightly() {
        recompute.all();
    }
}
