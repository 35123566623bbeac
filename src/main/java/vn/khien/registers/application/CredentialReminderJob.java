package vn.khien.registers.application;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.khien.shared.SystemActor;

/** Runs the certificate expiry reminders once a day, on one node, as the system actor (audited as such). */
@Component
class CredentialReminderJob {

    private final CredentialReminders reminders;
    private final Clock clock;

    CredentialReminderJob(CredentialReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${khien.registers.credential-reminders.cron:0 15 1 * * *}",
            zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "registers.credential-reminders")
    void run() {
        SystemActor.run("credential-reminders", () -> reminders.remind(LocalDate.now(clock)));
    }
}
